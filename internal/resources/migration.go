package resources

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/utils/ptr"

	"github.com/tally-operator/tally/api/v1alpha1"
)

// ProgramNamespaceLabel names the namespace of the program a migration Job belongs to: a Job
// in the operator's namespace cannot say so with an owner reference.
const ProgramNamespaceLabel = "loyalty.tally.dev/program-namespace"

// Migration is what a migration Job needs to know: where the administrator URI is, and
// where and as whom to migrate.
type Migration struct {
	// Namespace is where the Job runs: the namespace of the Secret with the administrator URI.
	Namespace string
	// AdminSecret and AdminKey name that Secret and its key.
	AdminSecret, AdminKey string
	// Schema is the program's schema; Database and Role, when set, its own database and the
	// owner role the migration acts as there.
	Schema, Database, Role string
	// Version is the schema version the Job migrates to.
	Version int
}

// MigrationJobName is the Job that migrates p's schema to version m.Version: one per program
// and version. In the program's namespace it is named after the program; in the operator's,
// which holds every brand's Jobs, after a digest of the program's namespace and name.
func MigrationJobName(p *v1alpha1.PointsProgram, m Migration) string {
	if m.Namespace == p.Namespace {
		return fmt.Sprintf("%s-migrate-%d", p.Name, m.Version)
	}
	sum := sha256.Sum256([]byte(p.Namespace + "/" + p.Name))
	return fmt.Sprintf("migrate-%s-%d", hex.EncodeToString(sum[:6]), m.Version)
}

// MigrationJob runs `tally migrate` for p once, without the time limit a reconcile pass has,
// with the administrator URI of m.AdminSecret. Migrations are written to let the ledger
// write while they run (internal/ledger, Migration), so the ledger of the version before
// keeps serving meanwhile; the operator rolls the ledger to the new version once the Job has
// succeeded.
func MigrationJob(p *v1alpha1.PointsProgram, m Migration, image string) *batchv1.Job {
	labels := Labels(p, "migrate")
	labels[ProgramNamespaceLabel] = p.Namespace
	args := []string{"migrate", "--schema", m.Schema}
	if m.Database != "" {
		args = append(args, "--database", m.Database)
	}
	if m.Role != "" {
		args = append(args, "--role", m.Role)
	}
	return &batchv1.Job{
		TypeMeta:   metav1.TypeMeta{APIVersion: "batch/v1", Kind: "Job"},
		ObjectMeta: metav1.ObjectMeta{Name: MigrationJobName(p, m), Namespace: m.Namespace, Labels: labels},
		Spec: batchv1.JobSpec{
			BackoffLimit: ptr.To[int32](2),
			// A day to read its log; the operator needs it only until it has succeeded.
			TTLSecondsAfterFinished: ptr.To[int32](24 * 3600),
			Template: corev1.PodTemplateSpec{
				ObjectMeta: metav1.ObjectMeta{Labels: labels},
				Spec: corev1.PodSpec{
					RestartPolicy:                corev1.RestartPolicyNever,
					AutomountServiceAccountToken: ptr.To(false),
					SecurityContext:              podSecurity(),
					Containers: []corev1.Container{{
						Name:  "migrate",
						Image: image,
						Args:  args,
						Env: []corev1.EnvVar{{Name: "TALLY_DATABASE_URL", ValueFrom: &corev1.EnvVarSource{SecretKeyRef: &corev1.SecretKeySelector{
							LocalObjectReference: corev1.LocalObjectReference{Name: m.AdminSecret}, Key: m.AdminKey}}}},
						Resources:       DefaultResources(),
						SecurityContext: restricted(),
					}},
				},
			},
		},
	}
}
