package controllers_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/meta"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/types"
	"sigs.k8s.io/controller-runtime/pkg/client"

	"github.com/tally-operator/tally/api/v1alpha1"
	"github.com/tally-operator/tally/controllers"
	"github.com/tally-operator/tally/internal/cli"
	"github.com/tally-operator/tally/internal/dbconfig"
	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/resources"
)

// passes records the SQL statements of each pass over one program.
type passes struct {
	mu   sync.Mutex
	want types.NamespacedName
	got  []int64
}

func observe(t *testing.T, namespace, name string) *passes {
	ps := &passes{want: types.NamespacedName{Namespace: namespace, Name: name}}
	t.Cleanup(controllers.ObservePasses(func(p types.NamespacedName, n int64) {
		if p == ps.want {
			ps.mu.Lock()
			ps.got = append(ps.got, n)
			ps.mu.Unlock()
		}
	}))
	return ps
}

func (ps *passes) since(i int) []int64 {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	return slices.Clone(ps.got[min(i, len(ps.got)):])
}

func (ps *passes) count() int {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	return len(ps.got)
}

// A pass over a program whose database has nothing new to receive sends one statement (the
// active rule set's version), or three on a database of its own (connecting acts as its
// owner role); the grants, the roles and the schema version are left alone. A reconcile
// request re-asserts them all: a grant taken away by hand is back.
func TestSteadyPassesLeaveTheDatabaseAlone(t *testing.T) {
	const ns = "steady"
	ctx := context.Background()
	tenantNamespace(t, ns)
	applyCoffee(t, ns)
	waitCondition(t, ns, "rewards", v1alpha1.ConditionRulesetPublished, 30*time.Second)
	markAvailable(t, ns, "rewards-ledger")
	waitCondition(t, ns, "rewards", v1alpha1.ConditionReady, 30*time.Second)
	ps := observe(t, ns, "rewards")

	// Each deletion of the program's Service is a pass (the Service is applied again).
	for i := range 5 {
		start := ps.count()
		if err := kube.Client.Delete(ctx, &corev1.Service{ObjectMeta: metav1.ObjectMeta{Namespace: ns, Name: "rewards-ledger"}}); err != nil {
			t.Fatal(err)
		}
		eventually(t, 10*time.Second, fmt.Sprintf("pass %d", i+1), func() error {
			var svc corev1.Service
			if err := kube.Client.Get(ctx, types.NamespacedName{Namespace: ns, Name: "rewards-ledger"}, &svc); err != nil {
				return err
			}
			if len(ps.since(start)) == 0 {
				return fmt.Errorf("no pass yet")
			}
			return nil
		})
	}
	steady := ps.since(0)
	if len(steady) == 0 || slices.Max(steady) > 3 {
		t.Errorf("steady passes sent %v statements; want at most 3 each", steady)
	}

	// Someone takes the login role's INSERT on the journal away; a reconcile request puts it back.
	db := programDatabase(t, ns, "rewards")
	owner, err := pgx.Connect(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer owner.Close(ctx)
	schema, role := program(t, ns, "rewards").Status.Schema, dbconfig.DatabaseFor(ns, "rewards")
	canInsert := func() bool {
		var ok bool
		if err := owner.QueryRow(ctx, `SELECT has_table_privilege($1, $2, 'INSERT')`, role, schema+".postings").Scan(&ok); err != nil {
			t.Fatal(err)
		}
		return ok
	}
	if !canInsert() {
		t.Fatalf("role %s cannot insert postings before the test takes it away", role)
	}
	if _, err := owner.Exec(ctx, fmt.Sprintf(`REVOKE INSERT ON %s.postings FROM %s`, pgx.Identifier{schema}.Sanitize(), pgx.Identifier{role}.Sanitize())); err != nil {
		t.Fatal(err)
	}
	start := ps.count()
	kubectl(t, nil, "annotate", "-n", ns, "pointsprogram", "rewards", "--overwrite", fmt.Sprint(v1alpha1.ReconcileRequestAnnotation, "=", time.Now().UnixNano()))
	eventually(t, 10*time.Second, "the grant back, and the pass that put it back done", func() error {
		if !canInsert() {
			return fmt.Errorf("role %s still may not insert postings", role)
		}
		// A steady pass still under way when the annotation came may end first: wait for
		// the pass that provisioned.
		if got := ps.since(start); len(got) == 0 || slices.Max(got) <= 3 {
			return fmt.Errorf("no pass since the request provisioned: %v statements", got)
		}
		return nil
	})
	t.Logf("statements of steady passes: %v; of the passes since the request: %v", steady, ps.since(start))
}

// A program whose schema has a migration pending (the operator was upgraded) is migrated by
// a Job, not in the pass: the Job runs in the operator's namespace, with the LedgerDatabase's
// Secret, as the database's owner role; the program says Migrating meanwhile and its ledger
// is left as it is; once the Job succeeds the program is Ready on the new version.
func TestPendingMigrationsRunInAJob(t *testing.T) {
	const ns = "upgrade-job"
	ctx := context.Background()
	tenantNamespace(t, ns)
	applyCoffee(t, ns)
	waitCondition(t, ns, "rewards", v1alpha1.ConditionRulesetPublished, 30*time.Second)
	markAvailable(t, ns, "rewards-ledger")
	p := waitCondition(t, ns, "rewards", v1alpha1.ConditionReady, 30*time.Second)

	// The schema as the previous release left it, as far as the operator can tell: without
	// the latest migration's record. The migration finds its work done (each of its steps
	// is harmless to run again) and records itself.
	latest := ledger.LatestVersion()
	owner, err := pgx.Connect(ctx, programDatabase(t, ns, "rewards"))
	if err != nil {
		t.Fatal(err)
	}
	defer owner.Close(ctx)
	schema := pgx.Identifier{p.Status.Schema}.Sanitize()
	if _, err := owner.Exec(ctx, fmt.Sprintf(`DELETE FROM %s.schema_migrations WHERE version = %d`, schema, latest)); err != nil {
		t.Fatal(err)
	}
	kubectl(t, nil, "annotate", "-n", ns, "pointsprogram", "rewards", "--overwrite", v1alpha1.ReconcileRequestAnnotation+"=upgrade")

	var job batchv1.Job
	eventually(t, 10*time.Second, "the migration Job", func() error {
		var jobs batchv1.JobList
		if err := kube.Client.List(ctx, &jobs, client.InNamespace(operatorNamespace),
			client.MatchingLabels{resources.ProgramNamespaceLabel: ns, resources.ProgramLabel: "rewards"}); err != nil {
			return err
		}
		if len(jobs.Items) != 1 {
			return fmt.Errorf("%d Jobs", len(jobs.Items))
		}
		job = jobs.Items[0]
		return nil
	})
	c := job.Spec.Template.Spec.Containers[0]
	wantArgs := []string{"migrate", "--schema", p.Status.Schema, "--database", p.Status.Database, "--role", dbconfig.Program{Namespace: ns, Name: "rewards", Database: p.Status.Database}.OwnerRole()}
	if !strings.HasSuffix(job.Name, fmt.Sprint("-", latest)) || c.Image != testImage || !slices.Equal(c.Args, wantArgs) || len(c.Env) != 1 ||
		c.Env[0].ValueFrom.SecretKeyRef.Name != "postgres-admin" || c.Env[0].ValueFrom.SecretKeyRef.Key != "uri" || *job.Spec.Template.Spec.AutomountServiceAccountToken {
		t.Errorf("migration Job %s: args %v, env %+v", job.Name, c.Args, c.Env)
	}
	got := waitReason(t, ns, "rewards", v1alpha1.ConditionDatabaseReady, v1alpha1.ReasonMigrating, job.Name)
	if !meta.IsStatusConditionTrue(got.Status.Conditions, v1alpha1.ConditionReconciling) || meta.IsStatusConditionTrue(got.Status.Conditions, v1alpha1.ConditionReady) {
		t.Errorf("while migrating: %s; Reconciling %s", condition(got.Status.Conditions, v1alpha1.ConditionReady), condition(got.Status.Conditions, v1alpha1.ConditionReconciling))
	}

	// The kubelet's part: run the Job's command, with the URI of the Secret it names.
	var admin corev1.Secret
	if err := kube.Client.Get(ctx, types.NamespacedName{Namespace: operatorNamespace, Name: "postgres-admin"}, &admin); err != nil {
		t.Fatal(err)
	}
	if code := cli.Run(append(slices.Clone(c.Args), "--database-url", string(admin.Data["uri"]))); code != 0 {
		t.Fatalf("the Job's command exited %d", code)
	}
	now := metav1.Now()
	job.Status = batchv1.JobStatus{StartTime: &now, CompletionTime: &now, Succeeded: 1, Conditions: []batchv1.JobCondition{
		{Type: batchv1.JobSuccessCriteriaMet, Status: corev1.ConditionTrue, LastTransitionTime: now},
		{Type: batchv1.JobComplete, Status: corev1.ConditionTrue, LastTransitionTime: now}}}
	if err := kube.Client.Status().Update(ctx, &job); err != nil {
		t.Fatal(err)
	}
	waitCondition(t, ns, "rewards", v1alpha1.ConditionReady, 30*time.Second)
	var recorded, partitioned bool
	if err := owner.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM `+schema+`.schema_migrations WHERE version = $1),
		(SELECT relkind = 'p' FROM pg_class WHERE oid = $2::regclass)`, latest, p.Status.Schema+".postings").Scan(&recorded, &partitioned); err != nil || !recorded || !partitioned {
		t.Errorf("after the Job: version %d recorded %v, postings partitioned %v, %v", latest, recorded, partitioned, err)
	}
}
