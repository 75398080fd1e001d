package testenv

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"k8s.io/apimachinery/pkg/runtime"
	utilruntime "k8s.io/apimachinery/pkg/util/runtime"
	clientgoscheme "k8s.io/client-go/kubernetes/scheme"
	"k8s.io/client-go/rest"
	"sigs.k8s.io/controller-runtime/pkg/client"
	"sigs.k8s.io/controller-runtime/pkg/envtest"

	loyaltyv1alpha1 "github.com/tally-operator/tally/api/v1alpha1"
)

// Kube is a running test control plane with Tally's CRDs installed.
type Kube struct {
	Config *rest.Config
	Client client.Client
	Scheme *runtime.Scheme
	// AssetsDir holds kube-apiserver, etcd and a kubectl of the same version.
	AssetsDir string
	env       *envtest.Environment
}

// AssetsDir returns the directory with kube-apiserver, etcd and kubectl: KUBEBUILDER_ASSETS
// when set, otherwise what hack/envtest-assets.sh builds (or finds in its cache).
func AssetsDir() (string, error) {
	if dir := os.Getenv("KUBEBUILDER_ASSETS"); dir != "" {
		return dir, nil
	}
	cmd := exec.Command(filepath.Join(RepoRoot(), "hack", "envtest-assets.sh"))
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("hack/envtest-assets.sh: %w", err)
	}
	return strings.TrimSpace(string(out)), nil
}

// StartKube starts etcd and kube-apiserver and installs the CRDs from config/crd/bases.
func StartKube() (*Kube, error) { return startKube(true) }

// StartBareKube starts etcd and kube-apiserver without Tally's CRDs, for tests of what
// installs them (the Helm chart).
func StartBareKube() (*Kube, error) { return startKube(false) }

func startKube(withCRDs bool) (*Kube, error) {
	assets, err := AssetsDir()
	if err != nil {
		return nil, err
	}
	scheme := runtime.NewScheme()
	utilruntime.Must(clientgoscheme.AddToScheme(scheme))
	utilruntime.Must(loyaltyv1alpha1.AddToScheme(scheme))
	env := &envtest.Environment{BinaryAssetsDirectory: assets, Scheme: scheme}
	if withCRDs {
		env.CRDDirectoryPaths = []string{filepath.Join(RepoRoot(), "config", "crd", "bases")}
		env.ErrorIfCRDPathMissing = true
	}
	// Room for a Service per program at scale (hack/scale's 1,000): envtest's own range holds
	// 254 and the 255th Service is refused.
	env.ControlPlane.GetAPIServer().Configure().Set("service-cluster-ip-range", "10.96.0.0/16")
	cfg, err := env.Start()
	if err != nil {
		// Start can fail after etcd and kube-apiserver are up (installing a bad CRD, say).
		_ = env.Stop()
		return nil, fmt.Errorf("start test control plane: %w", err)
	}
	if err := stopWithThisProcess(assets, childrenRunning(assets)); err != nil {
		_ = env.Stop()
		return nil, err
	}
	c, err := client.New(cfg, client.Options{Scheme: scheme})
	if err != nil {
		_ = env.Stop()
		return nil, fmt.Errorf("create client: %w", err)
	}
	return &Kube{Config: cfg, Client: c, Scheme: scheme, AssetsDir: assets, env: env}, nil
}

// Stop stops the control plane.
func (k *Kube) Stop() error { return k.env.Stop() }

// Kubeconfig writes a kubeconfig for the control plane into dir and returns its path, for
// running kubectl against it.
func (k *Kube) Kubeconfig(dir string) (string, error) {
	user, err := k.env.ControlPlane.AddUser(envtest.User{Name: "test-admin", Groups: []string{"system:masters"}}, nil)
	if err != nil {
		return "", fmt.Errorf("add kubeconfig user: %w", err)
	}
	data, err := user.KubeConfig()
	if err != nil {
		return "", fmt.Errorf("render kubeconfig: %w", err)
	}
	path := filepath.Join(dir, "kubeconfig")
	return path, os.WriteFile(path, data, 0o600)
}

// Kubectl runs the kubectl built beside kube-apiserver with the given kubeconfig and returns
// its combined output.
func (k *Kube) Kubectl(kubeconfig string, stdin []byte, args ...string) (string, error) {
	cmd := exec.Command(filepath.Join(k.AssetsDir, "kubectl"), append([]string{"--kubeconfig", kubeconfig}, args...)...)
	cmd.Dir = RepoRoot()
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// UserConfig is a client configuration that authenticates as user, a member of groups, with
// only the permissions RBAC gives that user: for running the operator with its own
// ClusterRole, or acting as a tenant.
func (k *Kube) UserConfig(user string, groups ...string) (*rest.Config, error) {
	u, err := k.env.ControlPlane.AddUser(envtest.User{Name: user, Groups: groups}, nil)
	if err != nil {
		return nil, fmt.Errorf("add user %s: %w", user, err)
	}
	return u.Config(), nil
}
