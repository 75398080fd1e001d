package controllers

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/meta"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/types"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/client"
	"sigs.k8s.io/controller-runtime/pkg/controller/controllerutil"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/api/v1alpha1"
	"github.com/tally-operator/tally/internal/dbconfig"
	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/resources"
)

// dbProgram is where the program's data lives: a database of its own on a LedgerDatabase, or
// a schema in the database of the Secret it names.
func dbProgram(p *v1alpha1.PointsProgram) dbconfig.Program {
	d := dbconfig.Program{Namespace: p.Namespace, Name: p.Name, Schema: dbconfig.SchemaFor(p.Namespace, p.Name, p.Spec.Database.Schema)}
	if p.Spec.Database.LedgerDatabase != "" {
		d.Database = dbconfig.DatabaseFor(p.Namespace, p.Name)
	}
	a := p.Spec.Export.Analytics
	d.Analytics = dbconfig.Analytics{Enabled: a.Enabled, PersonalData: a.PersonalData, Simulation: a.Simulation}
	return d
}

// problem is something only the user or the platform team can fix: reported in a condition
// with its reason, and tried again soon.
type problem struct{ reason, message string }

// adminCredential is the administrator URI of a program's server and the Secret (and key)
// that holds it.
type adminCredential struct {
	uri    string
	secret *corev1.Secret
	key    string
}

// adminURI finds the administrator URI of the program's server. With spec.database.
// ledgerDatabase it is in the LedgerDatabase's Secret in the operator's own namespace, and
// only if the LedgerDatabase admits the program's namespace; with spec.database.secretRef it
// is in the program's namespace.
func (r *PointsProgramReconciler) adminURI(ctx context.Context, p *v1alpha1.PointsProgram) (adminCredential, *problem, error) {
	if name := p.Spec.Database.LedgerDatabase; name != "" {
		var ldb v1alpha1.LedgerDatabase
		err := r.Get(ctx, types.NamespacedName{Name: name}, &ldb)
		if apierrors.IsNotFound(err) {
			return adminCredential{}, &problem{"LedgerDatabaseNotFound", fmt.Sprintf("LedgerDatabase %q (spec.database.ledgerDatabase) does not exist: kubectl get ledgerdatabases lists those the platform team offers", name)}, nil
		}
		if err != nil {
			return adminCredential{}, nil, fmt.Errorf("read LedgerDatabase %s: %w", name, err)
		}
		allowed, err := admits(ctx, r.Client, &ldb, p.Namespace)
		if err != nil {
			return adminCredential{}, nil, err
		}
		if !allowed {
			return adminCredential{}, &problem{"NamespaceNotAllowed", fmt.Sprintf("LedgerDatabase %q does not admit namespace %s (its spec.allowedNamespaces.selector does not select the namespace's labels): ask the platform team to admit it, or name another LedgerDatabase", name, p.Namespace)}, nil
		}
		cred, msg, err := readURI(ctx, r.APIReader, r.Namespace, ldb.Spec.AdminSecretRef)
		if msg != "" {
			msg = fmt.Sprintf("LedgerDatabase %q is not usable: %s; the platform team must fix it", name, msg)
			return adminCredential{}, &problem{"LedgerDatabaseUnavailable", msg}, nil
		}
		return cred, nil, err
	}
	cred, msg, err := readURI(ctx, r.APIReader, p.Namespace, *p.Spec.Database.SecretRef)
	if msg != "" {
		return adminCredential{}, &problem{v1alpha1.ReasonSecretNotFound, msg + " (spec.database.secretRef), a postgresql:// URI of a role that may create schemas and roles"}, nil
	}
	return cred, nil, err
}

// admits says whether the LedgerDatabase's selector selects the namespace's labels.
func admits(ctx context.Context, c client.Reader, ldb *v1alpha1.LedgerDatabase, namespace string) (bool, error) {
	sel, err := metav1.LabelSelectorAsSelector(&ldb.Spec.AllowedNamespaces.Selector)
	if err != nil {
		return false, nil // an invalid selector admits nobody; the LedgerDatabase's status says why
	}
	var ns corev1.Namespace
	if err := c.Get(ctx, types.NamespacedName{Name: namespace}, &ns); err != nil {
		return false, fmt.Errorf("read namespace %s: %w", namespace, err)
	}
	return sel.Matches(labels.Set(ns.Labels)), nil
}

// readURI reads a postgresql:// URI from a Secret. A missing Secret or key is reported in
// words, not returned as an error.
func readURI(ctx context.Context, c client.Reader, namespace string, ref v1alpha1.SecretKeyReference) (cred adminCredential, problem string, err error) {
	key := ref.Key
	if key == "" {
		key = "uri"
	}
	var s corev1.Secret
	err = c.Get(ctx, types.NamespacedName{Namespace: namespace, Name: ref.Name}, &s)
	if apierrors.IsNotFound(err) {
		return cred, fmt.Sprintf("Secret %q does not exist in namespace %s: create it with key %q", ref.Name, namespace, key), nil
	}
	if err != nil {
		return cred, "", fmt.Errorf("read Secret %s/%s: %w", namespace, ref.Name, err)
	}
	uri := string(s.Data[key])
	if uri == "" {
		return cred, fmt.Sprintf("Secret %q in namespace %s has no key %q", ref.Name, namespace, key), nil
	}
	return adminCredential{uri: uri, secret: &s, key: key}, "", nil
}

// reconcileDatabase provisions the program's database (or schema) and roles and writes the
// ledger's credentials Secret. The password goes to PostgreSQL only when the Secret is new or
// changed, or the role was just made.
//
// A pass provisions only when something it provisions from has changed since the last time
// (provisionDigest): otherwise it sends the database nothing, so that a resync of a thousand
// programs costs a thousand cheap reads, not a thousand rounds of grants. Pending migrations
// of a schema a ledger already uses run in a Job (migrateInJob), never in the pass.
func (r *PointsProgramReconciler) reconcileDatabase(ctx context.Context, st *programState) (bool, error) {
	p := st.p
	fail := func(reason, format string, args ...any) (bool, error) {
		r.setCondition(p, v1alpha1.ConditionDatabaseReady, metav1.ConditionFalse, reason, format, args...)
		st.retryAfter = true
		return false, nil
	}
	admin, prob, err := r.adminURI(ctx, p)
	if err != nil {
		return false, err
	}
	if prob != nil {
		return fail(prob.reason, "%s", prob.message)
	}
	if p.Spec.Database.SecretRef != nil {
		if err := r.holdSecret(ctx, p, admin.secret, true); err != nil {
			return false, err
		}
	}
	uri := admin.uri
	st.adminURI = uri
	st.db = dbProgram(p)
	p.Status.Schema = st.db.Schema
	digest := provisionDigest(p, admin.secret)
	current, err := r.secretsCurrent(ctx, p)
	if err != nil {
		return false, err
	}
	if current && digest == p.Status.Provisioned && meta.IsStatusConditionTrue(p.Status.Conditions, v1alpha1.ConditionDatabaseReady) {
		return true, nil
	}
	if err := r.releaseUnneeded(ctx, p); err != nil {
		return false, err
	}
	srv, err := r.pools.server(ctx, uri, &st.pass)
	if err != nil {
		return fail("InvalidURI", "the administrator URI cannot be used: %v", err)
	}
	pctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	pending, started, err := dbconfig.PendingMigrations(pctx, srv, st.db)
	if err != nil {
		return fail(v1alpha1.ReasonDatabaseUnavailable, "cannot read the schema version of %s: %v", where(st.db), err)
	}
	if started && len(pending) > 0 {
		return r.migrateInJob(ctx, st, admin, pending)
	}

	// The password is generated once and kept in the Secret; it is never regenerated.
	secret := &corev1.Secret{}
	err = r.Get(ctx, types.NamespacedName{Namespace: p.Namespace, Name: resources.DatabaseSecretName(p)}, secret)
	if err != nil && !apierrors.IsNotFound(err) {
		return false, fmt.Errorf("read Secret %s: %w", resources.DatabaseSecretName(p), err)
	}
	password := string(secret.Data["password"])
	if password == "" {
		if password, err = dbconfig.NewPassword(); err != nil {
			return false, err
		}
	}
	creds, err := dbconfig.Credentials(uri, st.db, password)
	if err != nil {
		return fail("InvalidURI", "%v", err)
	}
	done, err := dbconfig.Provision(pctx, srv, st.db)
	if err != nil {
		if errors.Is(err, dbconfig.ErrClaimed) {
			return fail("SchemaClaimed", "%v: set spec.database.schema to a schema of its own, or ask the platform team about the object", err)
		}
		return fail("DatabaseUnavailable", "cannot provision %s: %v", where(st.db), err)
	}
	// Write the Secret before the role gets the password, so that a password set in the
	// database is always one the Secret holds.
	applied, err := r.applyObject(ctx, p, resources.DatabaseSecret(p, creds))
	if err != nil {
		return false, err
	}
	p.Status.DatabaseSecretName = resources.DatabaseSecretName(p)
	p.Status.Database = string(creds["dbname"])
	if version := applied.GetResourceVersion(); done.RoleCreated || version != p.Status.PasswordSecretVersion {
		if err := dbconfig.SetPassword(pctx, srv.Admin, st.db, password); err != nil {
			return fail("DatabaseUnavailable", "cannot set the password of role %s: %v", st.db.Role(), err)
		}
		p.Status.PasswordSecretVersion = version
	}
	if err := r.reconcileAnalytics(ctx, st, srv, uri); err != nil {
		return fail("DatabaseUnavailable", "analytics role of %s: %v", where(st.db), err)
	}
	if !meta.IsStatusConditionTrue(p.Status.Conditions, v1alpha1.ConditionDatabaseReady) {
		r.Recorder.Eventf(p, nil, corev1.EventTypeNormal, "DatabaseReady", "Provision", "%s and role %s are ready", where(st.db), st.db.Role())
	}
	msg := fmt.Sprintf("%s, role %s, migrated", where(st.db), st.db.Role())
	reason := "Provisioned"
	if p.Spec.Database.SecretRef != nil {
		// The program still works; the user should know what its namespace holds.
		reason = "AdminCredentialInNamespace"
		msg += fmt.Sprintf("; Secret %q in this namespace holds an administrator URI that anyone who may read Secrets here can use: if other brands share that server, move the program to a LedgerDatabase (docs/operator.md, Moving a program to a LedgerDatabase)", p.Spec.Database.SecretRef.Name)
	}
	if len(done.Warnings) > 0 {
		msg += "; " + strings.Join(done.Warnings, "; ")
	}
	r.setCondition(p, v1alpha1.ConditionDatabaseReady, metav1.ConditionTrue, reason, "%s", msg)
	p.Status.Provisioned = digest
	return true, nil
}

// provisionRevision is raised when Provision comes to do something new on a program that is
// already provisioned (a grant, a protection), so that an upgraded operator re-asserts every
// program once.
const provisionRevision = 1

// provisionDigest sums up what provisioning the program depends on besides the credential
// Secrets: its spec (generation), a reconcile request (the annotation), the administrator
// Secret (rotated, or another one), and what this operator provisions (the schema version it
// migrates to, provisionRevision).
func provisionDigest(p *v1alpha1.PointsProgram, admin *corev1.Secret) string {
	h := sha256.New()
	fmt.Fprintf(h, "%d\n%s\n%s/%s\n%s\n%s\n%d\n%d\n", p.Generation, p.Annotations[v1alpha1.ReconcileRequestAnnotation],
		admin.Namespace, admin.Name, admin.UID, admin.ResourceVersion, ledger.LatestVersion(), provisionRevision)
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// secretsCurrent says whether the program's credential Secrets are the ones the last
// provisioning applied: one deleted, or edited by someone, is written again and its password
// given to the role again.
func (r *PointsProgramReconciler) secretsCurrent(ctx context.Context, p *v1alpha1.PointsProgram) (bool, error) {
	for _, s := range []struct{ name, version string }{
		{resources.DatabaseSecretName(p), p.Status.PasswordSecretVersion},
		{p.Status.AnalyticsSecretName, p.Status.AnalyticsSecretVersion},
	} {
		if s.name == "" {
			continue
		}
		var secret corev1.Secret
		err := r.Get(ctx, types.NamespacedName{Namespace: p.Namespace, Name: s.name}, &secret)
		if apierrors.IsNotFound(err) {
			return false, nil
		}
		if err != nil {
			return false, fmt.Errorf("read Secret %s: %w", s.name, err)
		}
		if secret.ResourceVersion != s.version {
			return false, nil
		}
	}
	return true, nil
}

// migrateInJob has the program's pending migrations applied by a Job (one per program and
// schema version) and reports it while it runs. The ledger keeps serving on the schema
// version before meanwhile: the later phases, which would roll it to this operator's
// version, wait for the Job to succeed. The Job runs where the administrator Secret is: the
// operator's namespace for a LedgerDatabase, so that the tenant's namespace never holds it.
func (r *PointsProgramReconciler) migrateInJob(ctx context.Context, st *programState, admin adminCredential, pending []int) (bool, error) {
	p := st.p
	m := resources.Migration{Namespace: admin.secret.Namespace, AdminSecret: admin.secret.Name, AdminKey: admin.key,
		Schema: st.db.Schema, Version: ledger.LatestVersion()}
	if st.db.Database != "" {
		m.Database, m.Role = st.db.Database, st.db.OwnerRole()
	}
	job := resources.MigrationJob(p, m, r.Image)
	ref := fmt.Sprintf("Job %s in namespace %s", job.Name, job.Namespace)
	var existing batchv1.Job
	err := r.Get(ctx, client.ObjectKeyFromObject(job), &existing)
	switch {
	case apierrors.IsNotFound(err):
		if job.Namespace == p.Namespace {
			if err := controllerutil.SetControllerReference(p, job, r.Scheme()); err != nil {
				return false, err
			}
		}
		if err := r.Create(ctx, job, fieldOwner); client.IgnoreAlreadyExists(err) != nil {
			return false, fmt.Errorf("create migration %s: %w", ref, err)
		}
		r.Recorder.Eventf(p, nil, corev1.EventTypeNormal, v1alpha1.ReasonMigrating, "Migrate", "%s migrates %s to version %d (pending %v)", ref, where(st.db), m.Version, pending)
	case err != nil:
		return false, fmt.Errorf("read migration %s: %w", ref, err)
	case jobFinished(&existing, batchv1.JobFailed):
		r.setCondition(p, v1alpha1.ConditionDatabaseReady, metav1.ConditionFalse, v1alpha1.ReasonMigrationFailed,
			"%s failed to migrate %s to version %d (pending %v): kubectl logs -n %s job/%s says why; the ledger keeps serving on the version before. Delete the Job to try again",
			ref, where(st.db), m.Version, pending, job.Namespace, job.Name)
		return false, nil
	case jobFinished(&existing, batchv1.JobComplete):
		// Done, yet versions pending: the schema moved back, or another process is at it.
		r.setCondition(p, v1alpha1.ConditionDatabaseReady, metav1.ConditionFalse, v1alpha1.ReasonMigrationFailed,
			"%s succeeded, yet migrations %v of %s are pending: delete the Job to migrate again", ref, pending, where(st.db))
		return false, nil
	}
	r.setCondition(p, v1alpha1.ConditionDatabaseReady, metav1.ConditionFalse, v1alpha1.ReasonMigrating,
		"%s migrates %s to version %d (pending %v); the ledger keeps serving on the version before", ref, where(st.db), m.Version, pending)
	st.retryAfter = true
	return false, nil
}

// jobFinished says whether the Job has the condition (Complete or Failed) True.
func jobFinished(j *batchv1.Job, kind batchv1.JobConditionType) bool {
	for _, c := range j.Status.Conditions {
		if c.Type == kind {
			return c.Status == corev1.ConditionTrue
		}
	}
	return false
}

// reconcileAnalytics keeps the analytics role's Secret, and the role's password with it, while
// the program asks for analytics, and empties the Secret when it stops asking (Provision has
// taken the role's login away). The operator may not delete Secrets: it needs no such power
// anywhere else, and an emptied Secret holds nothing.
func (r *PointsProgramReconciler) reconcileAnalytics(ctx context.Context, st *programState, srv dbconfig.Server, uri string) error {
	p := st.p
	name := types.NamespacedName{Namespace: p.Namespace, Name: resources.AnalyticsSecretName(p)}
	secret := &corev1.Secret{}
	err := r.Get(ctx, name, secret)
	if err != nil && !apierrors.IsNotFound(err) {
		return fmt.Errorf("read Secret %s: %w", name.Name, err)
	}
	if !st.db.Analytics.Enabled {
		if err == nil && len(secret.Data) > 0 {
			if err := r.apply(ctx, p, resources.AnalyticsSecret(p, nil)); err != nil {
				return fmt.Errorf("empty Secret %s: %w", name.Name, err)
			}
		}
		p.Status.AnalyticsSecretName, p.Status.AnalyticsSecretVersion = "", ""
		return nil
	}
	password := string(secret.Data["password"])
	if password == "" {
		if password, err = dbconfig.NewPassword(); err != nil {
			return err
		}
	}
	creds, err := dbconfig.AnalyticsCredentials(uri, st.db, password)
	if err != nil {
		return err
	}
	applied, err := r.applyObject(ctx, p, resources.AnalyticsSecret(p, creds))
	if err != nil {
		return err
	}
	if version := applied.GetResourceVersion(); version != p.Status.AnalyticsSecretVersion {
		if err := dbconfig.SetAnalyticsPassword(ctx, srv.Admin, st.db, password); err != nil {
			return err
		}
		p.Status.AnalyticsSecretVersion = version
	}
	p.Status.AnalyticsSecretName = name.Name
	return nil
}

func where(d dbconfig.Program) string {
	if d.Database != "" {
		return fmt.Sprintf("database %s (schema %s)", d.Database, d.Schema)
	}
	return "schema " + d.Schema
}

// programPool connects where the operator writes the program's rule sets: its database, as
// its owner role, or the administrator's database.
func (r *PointsProgramReconciler) programPool(ctx context.Context, st *programState) (*pgxpool.Pool, error) {
	if st.db.Database == "" {
		return r.pools.get(ctx, st.adminURI)
	}
	uri, err := dbconfig.WithDatabase(st.adminURI, st.db.Database)
	if err != nil {
		return nil, err
	}
	return st.pass.open(ctx, uri, st.db.OwnerRole())
}

// deprovision drops what Tally made for the program, for deletionPolicy Delete. It reports
// done when the finalizer may go.
func (r *PointsProgramReconciler) deprovision(ctx context.Context, p *v1alpha1.PointsProgram) (ctrl.Result, bool, error) {
	base := p.DeepCopy()
	failed := func(format string, args ...any) (ctrl.Result, bool, error) {
		r.setCondition(p, v1alpha1.ConditionReady, metav1.ConditionFalse, v1alpha1.ReasonDeletionBlocked, format, args...)
		if err := r.Status().Patch(ctx, p, client.MergeFrom(base)); err != nil {
			return ctrl.Result{}, false, err
		}
		return ctrl.Result{RequeueAfter: r.RetryAfter}, false, nil
	}
	admin, prob, err := r.adminURI(ctx, p)
	if err != nil {
		return ctrl.Result{}, false, err
	}
	if prob != nil {
		return failed("deletionPolicy is Delete, but %s", prob.message)
	}
	var pass passPools
	defer pass.close()
	srv, err := r.pools.server(ctx, admin.uri, &pass)
	if err != nil {
		return failed("deletionPolicy is Delete, but the database URI cannot be used: %v", err)
	}
	d := dbProgram(p)
	if err := dbconfig.Deprovision(ctx, srv, d); err != nil {
		return failed("deletionPolicy is Delete, but dropping %s failed: %v", where(d), err)
	}
	r.Recorder.Eventf(p, nil, corev1.EventTypeNormal, "Deleted", "Deprovision", "dropped %s and role %s", where(d), d.Role())
	r.setCondition(p, v1alpha1.ConditionDatabaseReady, metav1.ConditionFalse, v1alpha1.ReasonDeprovisioned, "dropped %s and role %s (deletionPolicy Delete)", where(d), d.Role())
	if err := r.Status().Patch(ctx, p, client.MergeFrom(base)); err != nil {
		return ctrl.Result{}, false, fmt.Errorf("record that the data is dropped: %w", err)
	}
	return ctrl.Result{}, true, nil
}
