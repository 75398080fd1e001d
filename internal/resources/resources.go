package resources

import (
	"encoding/json"
	"fmt"

	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	policyv1 "k8s.io/api/policy/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/util/intstr"
	"k8s.io/utils/ptr"

	"github.com/tally-operator/tally/api/v1alpha1"
	"github.com/tally-operator/tally/internal/export"
)

// ManagedBy is the value of app.kubernetes.io/managed-by on every object Tally makes; the
// operator's cache holds only objects that carry it.
const ManagedBy = "tally-operator"

// ProgramLabel names the program an object belongs to.
const ProgramLabel = "loyalty.tally.dev/program"

// APIPort is where the ledger serves its API, in the pod and on the Service.
const APIPort = 8080

// MetricsPort is where the ledger serves /metrics apart from the API, so that a
// NetworkPolicy can admit a monitoring system to it alone.
const MetricsPort = 9090

// Names of a program's objects.
func DeploymentName(p *v1alpha1.PointsProgram) string     { return p.Name + "-ledger" }
func ServiceName(p *v1alpha1.PointsProgram) string        { return p.Name + "-ledger" }
func DatabaseSecretName(p *v1alpha1.PointsProgram) string { return p.Name + "-ledger-db" }
func ExpiryCronJobName(p *v1alpha1.PointsProgram) string  { return p.Name + "-expire" }
func TierReviewCronJobName(p *v1alpha1.PointsProgram) string {
	return p.Name + "-tiers-review"
}

// TokenSecretName is the Secret whose "token" key clients present: the one the program
// names, or the one Tally generates.
func TokenSecretName(p *v1alpha1.PointsProgram) string {
	if p.Spec.Ledger.Auth.TokenSecretName != "" {
		return p.Spec.Ledger.Auth.TokenSecretName
	}
	return p.Name + "-ledger-token"
}

// Endpoint is the in-cluster URL of the program's ledger API.
func Endpoint(p *v1alpha1.PointsProgram) string {
	return fmt.Sprintf("http://%s.%s.svc:%d", ServiceName(p), p.Namespace, APIPort)
}

// Labels are the labels of every object of the program; component says which part it is.
func Labels(p *v1alpha1.PointsProgram, component string) map[string]string {
	return map[string]string{
		"app.kubernetes.io/name":       "tally",
		"app.kubernetes.io/instance":   p.Name,
		"app.kubernetes.io/component":  component,
		"app.kubernetes.io/managed-by": ManagedBy,
		ProgramLabel:                   p.Name,
	}
}

func selector(p *v1alpha1.PointsProgram) map[string]string {
	return map[string]string{"app.kubernetes.io/instance": p.Name, "app.kubernetes.io/component": "ledger", ProgramLabel: p.Name}
}

func meta(p *v1alpha1.PointsProgram, name, component string) metav1.ObjectMeta {
	return metav1.ObjectMeta{Name: name, Namespace: p.Namespace, Labels: Labels(p, component)}
}

// DatabaseSecret holds the ledger's own database credentials (see dbconfig.Credentials).
func DatabaseSecret(p *v1alpha1.PointsProgram, data map[string][]byte) *corev1.Secret {
	return &corev1.Secret{
		TypeMeta:   metav1.TypeMeta{APIVersion: "v1", Kind: "Secret"},
		ObjectMeta: meta(p, DatabaseSecretName(p), "database"),
		Type:       corev1.SecretTypeBasicAuth,
		Data:       data,
	}
}

// AnalyticsSecretName is the Secret with the analytics role's credentials.
func AnalyticsSecretName(p *v1alpha1.PointsProgram) string { return p.Name + "-analytics-db" }

// AnalyticsSecret holds the analytics role's credentials (see dbconfig.AnalyticsCredentials).
func AnalyticsSecret(p *v1alpha1.PointsProgram, data map[string][]byte) *corev1.Secret {
	return &corev1.Secret{
		TypeMeta:   metav1.TypeMeta{APIVersion: "v1", Kind: "Secret"},
		ObjectMeta: meta(p, AnalyticsSecretName(p), "analytics"),
		// Opaque, not basic-auth: a basic-auth Secret must hold a username or a password,
		// and this one is emptied when the program stops asking for analytics.
		Type: corev1.SecretTypeOpaque,
		Data: data,
	}
}

// TokenSecret holds the bearer token of the ledger API under "token".
func TokenSecret(p *v1alpha1.PointsProgram, token string) *corev1.Secret {
	return &corev1.Secret{
		TypeMeta:   metav1.TypeMeta{APIVersion: "v1", Kind: "Secret"},
		ObjectMeta: meta(p, TokenSecretName(p), "api-token"),
		Type:       corev1.SecretTypeOpaque,
		Data:       map[string][]byte{"token": []byte(token)},
	}
}

// databaseEnv points a tally command at the program's schema with the ledger's credentials.
func databaseEnv(p *v1alpha1.PointsProgram) []corev1.EnvVar {
	return []corev1.EnvVar{
		{Name: "TALLY_DATABASE_URL", ValueFrom: &corev1.EnvVarSource{SecretKeyRef: &corev1.SecretKeySelector{
			LocalObjectReference: corev1.LocalObjectReference{Name: DatabaseSecretName(p)}, Key: "uri"}}},
		{Name: "TALLY_SCHEMA", ValueFrom: &corev1.EnvVarSource{SecretKeyRef: &corev1.SecretKeySelector{
			LocalObjectReference: corev1.LocalObjectReference{Name: DatabaseSecretName(p)}, Key: "schema"}}},
	}
}

// restricted is the container security context of the "restricted" Pod Security Standard.
func restricted() *corev1.SecurityContext {
	return &corev1.SecurityContext{
		AllowPrivilegeEscalation: ptr.To(false),
		ReadOnlyRootFilesystem:   ptr.To(true),
		RunAsNonRoot:             ptr.To(true),
		Capabilities:             &corev1.Capabilities{Drop: []corev1.Capability{"ALL"}},
		SeccompProfile:           &corev1.SeccompProfile{Type: corev1.SeccompProfileTypeRuntimeDefault},
	}
}

func podSecurity() *corev1.PodSecurityContext {
	return &corev1.PodSecurityContext{
		RunAsNonRoot:   ptr.To(true),
		RunAsUser:      ptr.To[int64](65532),
		RunAsGroup:     ptr.To[int64](65532),
		SeccompProfile: &corev1.SeccompProfile{Type: corev1.SeccompProfileTypeRuntimeDefault},
	}
}

// DefaultResources are the ledger container's resources when the program sets none.
func DefaultResources() corev1.ResourceRequirements {
	return corev1.ResourceRequirements{
		Requests: corev1.ResourceList{corev1.ResourceCPU: resource.MustParse("100m"), corev1.ResourceMemory: resource.MustParse("64Mi")},
		Limits:   corev1.ResourceList{corev1.ResourceMemory: resource.MustParse("256Mi")},
	}
}

// TerminationGrace is the ledger pod's termination grace period; the server is told to finish
// in-flight work a few seconds sooner.
const TerminationGrace = 30

// Deployment runs `tally ledger serve` from image.
func Deployment(p *v1alpha1.PointsProgram, image string) *appsv1.Deployment {
	resources := DefaultResources()
	if p.Spec.Ledger.Resources != nil {
		resources = *p.Spec.Ledger.Resources
	}
	replicas := ptr.Deref(p.Spec.Ledger.Replicas, 2)
	probe := func(path string, period int32) *corev1.Probe {
		return &corev1.Probe{
			ProbeHandler:  corev1.ProbeHandler{HTTPGet: &corev1.HTTPGetAction{Path: path, Port: intstr.FromString("api")}},
			PeriodSeconds: period, TimeoutSeconds: 2, FailureThreshold: 3,
		}
	}
	env := append(databaseEnv(p),
		corev1.EnvVar{Name: "TALLY_LISTEN", Value: fmt.Sprintf(":%d", APIPort)},
		corev1.EnvVar{Name: "TALLY_METRICS_LISTEN", Value: fmt.Sprintf(":%d", MetricsPort)},
		corev1.EnvVar{Name: "TALLY_TOKEN_FILE", Value: "/var/run/tally/token/token"},
		// The server holds its heap under this (see tally ledger serve --help).
		corev1.EnvVar{Name: "TALLY_MEMORY_LIMIT", ValueFrom: &corev1.EnvVarSource{
			ResourceFieldRef: &corev1.ResourceFieldSelector{ContainerName: "ledger", Resource: "limits.memory"}}},
	)
	mounts := []corev1.VolumeMount{{Name: "token", MountPath: "/var/run/tally/token", ReadOnly: true}}
	volumes := []corev1.Volume{{Name: "token", VolumeSource: corev1.VolumeSource{Secret: &corev1.SecretVolumeSource{
		SecretName: TokenSecretName(p), Items: []corev1.KeyToPath{{Key: "token", Path: "token"}}}}}}
	if cfg, ok := ExportConfig(p); ok {
		env = append(env, corev1.EnvVar{Name: "TALLY_EXPORT_SINKS", Value: cfg})
		for i, s := range p.Spec.Export.Sinks {
			dir := exportDir + s.Name
			key := fmt.Sprintf("export-%d-key", i)
			mounts = append(mounts, corev1.VolumeMount{Name: key, MountPath: dir + "/key", ReadOnly: true})
			volumes = append(volumes, corev1.Volume{Name: key, VolumeSource: corev1.VolumeSource{Secret: &corev1.SecretVolumeSource{
				SecretName: s.SigningKey.Name, Items: []corev1.KeyToPath{{Key: s.SigningKey.Key, Path: "signing-key"}}}}})
			if s.HeadersSecretName != "" {
				headers := fmt.Sprintf("export-%d-headers", i)
				mounts = append(mounts, corev1.VolumeMount{Name: headers, MountPath: dir + "/headers", ReadOnly: true})
				volumes = append(volumes, corev1.Volume{Name: headers, VolumeSource: corev1.VolumeSource{Secret: &corev1.SecretVolumeSource{
					SecretName: s.HeadersSecretName}}})
			}
		}
	}
	// Under autoscaling the HorizontalPodAutoscaler owns the count: Tally leaves it out of
	// what it applies, so that its passes never undo a scale.
	var count *int32
	if p.Spec.Ledger.Autoscaling == nil {
		count = ptr.To(replicas)
	}
	d := &appsv1.Deployment{
		TypeMeta:   metav1.TypeMeta{APIVersion: "apps/v1", Kind: "Deployment"},
		ObjectMeta: meta(p, DeploymentName(p), "ledger"),
		Spec: appsv1.DeploymentSpec{
			Replicas: count,
			Selector: &metav1.LabelSelector{MatchLabels: selector(p)},
			Strategy: appsv1.DeploymentStrategy{Type: appsv1.RollingUpdateDeploymentStrategyType, RollingUpdate: &appsv1.RollingUpdateDeployment{
				MaxUnavailable: ptr.To(intstr.FromInt32(0)), MaxSurge: ptr.To(intstr.FromInt32(1))}},
			Template: corev1.PodTemplateSpec{
				ObjectMeta: metav1.ObjectMeta{Labels: Labels(p, "ledger")},
				Spec: corev1.PodSpec{
					AutomountServiceAccountToken:  ptr.To(false),
					SecurityContext:               podSecurity(),
					TerminationGracePeriodSeconds: ptr.To[int64](TerminationGrace),
					Containers: []corev1.Container{{
						Name:  "ledger",
						Image: image,
						Args:  []string{"ledger", "serve", fmt.Sprintf("--grace=%ds", TerminationGrace-5)},
						Env:   env,
						Ports: []corev1.ContainerPort{{Name: "api", ContainerPort: APIPort, Protocol: corev1.ProtocolTCP},
							{Name: "metrics", ContainerPort: MetricsPort, Protocol: corev1.ProtocolTCP}},
						ReadinessProbe:  probe("/readyz", 5),
						LivenessProbe:   probe("/healthz", 10),
						Resources:       resources,
						SecurityContext: restricted(),
						VolumeMounts:    mounts,
					}},
					Volumes: volumes,
					// Spread replicas over nodes and zones where there are several.
					TopologySpreadConstraints: []corev1.TopologySpreadConstraint{
						{MaxSkew: 1, TopologyKey: "kubernetes.io/hostname", WhenUnsatisfiable: corev1.ScheduleAnyway,
							LabelSelector: &metav1.LabelSelector{MatchLabels: selector(p)}},
						{MaxSkew: 1, TopologyKey: "topology.kubernetes.io/zone", WhenUnsatisfiable: corev1.ScheduleAnyway,
							LabelSelector: &metav1.LabelSelector{MatchLabels: selector(p)}},
					},
				},
			},
		},
	}
	return d
}

// exportDir holds, per sink, its signing key (key/signing-key) and headers (headers/).
const exportDir = "/var/run/tally/export/"

// ExportSource is the CloudEvents source of a program's changes.
func ExportSource(p *v1alpha1.PointsProgram) string { return "/tally/" + p.Namespace + "/" + p.Name }

// ExportConfig is the export's configuration for `tally ledger serve` (TALLY_EXPORT_SINKS),
// with the sinks' Secrets as the files the Deployment mounts; false when there are no sinks.
func ExportConfig(p *v1alpha1.PointsProgram) (string, bool) {
	if len(p.Spec.Export.Sinks) == 0 {
		return "", false
	}
	cfg := export.Config{Source: ExportSource(p)}
	for _, s := range p.Spec.Export.Sinks {
		sink := export.Sink{Name: s.Name, URL: s.URL, SigningKeyFile: exportDir + s.Name + "/key/signing-key",
			BatchSize: int(s.BatchSize), MaxAttempts: int(s.MaxAttempts)}
		for _, k := range s.Kinds {
			sink.Kinds = append(sink.Kinds, export.Kind(k))
		}
		if s.HeadersSecretName != "" {
			sink.HeadersDir = exportDir + s.Name + "/headers"
		}
		if s.Timeout != nil {
			sink.Timeout = export.Duration{Duration: s.Timeout.Duration}
		}
		cfg.Sinks = append(cfg.Sinks, sink)
	}
	b, _ := json.Marshal(cfg) // plain strings and numbers
	return string(b), true
}

// Service exposes the ledger API inside the cluster.
func Service(p *v1alpha1.PointsProgram) *corev1.Service {
	return &corev1.Service{
		TypeMeta:   metav1.TypeMeta{APIVersion: "v1", Kind: "Service"},
		ObjectMeta: meta(p, ServiceName(p), "ledger"),
		Spec: corev1.ServiceSpec{
			Selector: selector(p),
			Ports:    []corev1.ServicePort{{Name: "api", Port: APIPort, TargetPort: intstr.FromString("api"), Protocol: corev1.ProtocolTCP}},
		},
	}
}

// PodDisruptionBudget lets a node drain take one ledger pod at a time.
func PodDisruptionBudget(p *v1alpha1.PointsProgram) *policyv1.PodDisruptionBudget {
	return &policyv1.PodDisruptionBudget{
		TypeMeta:   metav1.TypeMeta{APIVersion: "policy/v1", Kind: "PodDisruptionBudget"},
		ObjectMeta: meta(p, DeploymentName(p), "ledger"),
		Spec: policyv1.PodDisruptionBudgetSpec{
			MaxUnavailable: ptr.To(intstr.FromInt32(1)),
			Selector:       &metav1.LabelSelector{MatchLabels: selector(p)},
		},
	}
}

// HorizontalPodAutoscaler scales the ledger Deployment by CPU within spec.ledger.autoscaling;
// nil when the program does not ask for it. The PodDisruptionBudget needs nothing of it: one
// pod at a time may go, whatever the count.
func HorizontalPodAutoscaler(p *v1alpha1.PointsProgram) *autoscalingv2.HorizontalPodAutoscaler {
	a := p.Spec.Ledger.Autoscaling
	if a == nil {
		return nil
	}
	minReplicas, target := a.MinReplicas, a.TargetCPUUtilizationPercentage
	if minReplicas == 0 {
		minReplicas = 2
	}
	if target == 0 {
		target = 70
	}
	return &autoscalingv2.HorizontalPodAutoscaler{
		TypeMeta:   metav1.TypeMeta{APIVersion: "autoscaling/v2", Kind: "HorizontalPodAutoscaler"},
		ObjectMeta: meta(p, DeploymentName(p), "ledger"),
		Spec: autoscalingv2.HorizontalPodAutoscalerSpec{
			ScaleTargetRef: autoscalingv2.CrossVersionObjectReference{APIVersion: "apps/v1", Kind: "Deployment", Name: DeploymentName(p)},
			MinReplicas:    ptr.To(minReplicas),
			MaxReplicas:    a.MaxReplicas,
			Metrics: []autoscalingv2.MetricSpec{{Type: autoscalingv2.ResourceMetricSourceType, Resource: &autoscalingv2.ResourceMetricSource{
				Name: corev1.ResourceCPU, Target: autoscalingv2.MetricTarget{Type: autoscalingv2.UtilizationMetricType, AverageUtilization: ptr.To(target)}}}},
		},
	}
}

// cronJob runs a tally command on schedule in the program's time zone. A run never overlaps
// the previous one, and a failed run is not retried within the same schedule slot by more
// than two new pods: the commands are idempotent and the next run catches up.
func cronJob(p *v1alpha1.PointsProgram, name, component, schedule, image string, args []string) *batchv1.CronJob {
	tz := string(p.Spec.TimeZone)
	if tz == "" {
		tz = "UTC"
	}
	return &batchv1.CronJob{
		TypeMeta:   metav1.TypeMeta{APIVersion: "batch/v1", Kind: "CronJob"},
		ObjectMeta: meta(p, name, component),
		Spec: batchv1.CronJobSpec{
			Schedule:                   schedule,
			TimeZone:                   ptr.To(tz),
			ConcurrencyPolicy:          batchv1.ForbidConcurrent,
			StartingDeadlineSeconds:    ptr.To[int64](3600),
			SuccessfulJobsHistoryLimit: ptr.To[int32](3),
			FailedJobsHistoryLimit:     ptr.To[int32](3),
			JobTemplate: batchv1.JobTemplateSpec{
				ObjectMeta: metav1.ObjectMeta{Labels: Labels(p, component)},
				Spec: batchv1.JobSpec{
					BackoffLimit:          ptr.To[int32](2),
					ActiveDeadlineSeconds: ptr.To[int64](6 * 3600),
					Template: corev1.PodTemplateSpec{
						ObjectMeta: metav1.ObjectMeta{Labels: Labels(p, component)},
						Spec: corev1.PodSpec{
							RestartPolicy:                corev1.RestartPolicyNever,
							AutomountServiceAccountToken: ptr.To(false),
							SecurityContext:              podSecurity(),
							Containers: []corev1.Container{{
								Name:            component,
								Image:           image,
								Args:            args,
								Env:             databaseEnv(p),
								Resources:       DefaultResources(),
								SecurityContext: restricted(),
							}},
						},
					},
				},
			},
		},
	}
}

// ExpiryCronJob runs `tally expire` on the program's expiry schedule.
func ExpiryCronJob(p *v1alpha1.PointsProgram, image string) *batchv1.CronJob {
	schedule := string(p.Spec.Expiry.Schedule)
	if schedule == "" {
		schedule = "15 0 * * *"
	}
	return cronJob(p, ExpiryCronJobName(p), "expire", schedule, image, []string{"expire"})
}

// TierReviewCronJob runs `tally tiers review` on the TierPolicy's review schedule.
func TierReviewCronJob(p *v1alpha1.PointsProgram, t *v1alpha1.TierPolicy, image string) *batchv1.CronJob {
	schedule := string(t.Spec.Review.Schedule)
	if schedule == "" {
		schedule = "0 4 1 * *"
	}
	return cronJob(p, TierReviewCronJobName(p), "tiers-review", schedule, image, []string{"tiers", "review"})
}
