package plugin

import (
	"github.com/spf13/pflag"
	"k8s.io/client-go/rest"
	"k8s.io/client-go/tools/clientcmd"
)

// kubeFlags are kubectl's connection flags (--kubeconfig, --context, -n, --as, ...), read by
// client-go's clientcmd as kubectl reads them. (cli-runtime's genericclioptions.ConfigFlags
// would give the same flags, but pulls in modules this module's go.sum does not hold.)
// --token is not among them: here it is the ledger's token.
type kubeFlags struct {
	loading   *clientcmd.ClientConfigLoadingRules
	overrides clientcmd.ConfigOverrides
	flags     *pflag.FlagSet
	names     []string // the flags' names, to hand the ones set on to kubectl
	config    clientcmd.ClientConfig
}

func newKubeFlags() *kubeFlags {
	return &kubeFlags{loading: clientcmd.NewDefaultClientConfigLoadingRules()}
}

func (k *kubeFlags) register(fs *pflag.FlagSet) {
	before := map[string]bool{}
	fs.VisitAll(func(f *pflag.Flag) { before[f.Name] = true })
	fs.StringVar(&k.loading.ExplicitPath, clientcmd.RecommendedConfigPathFlag, "", "Path to the kubeconfig file to use")
	names := clientcmd.RecommendedConfigOverrideFlags("")
	names.AuthOverrideFlags.Token.LongName = ""
	names.AuthOverrideFlags.Username.LongName = ""
	names.AuthOverrideFlags.Password.LongName = ""
	clientcmd.BindOverrideFlags(&k.overrides, fs, names)
	fs.VisitAll(func(f *pflag.Flag) {
		if !before[f.Name] {
			k.names = append(k.names, f.Name)
		}
	})
	k.flags = fs
}

func (k *kubeFlags) clientConfig() clientcmd.ClientConfig {
	if k.config == nil {
		k.config = clientcmd.NewNonInteractiveDeferredLoadingClientConfig(k.loading, &k.overrides)
	}
	return k.config
}

func (k *kubeFlags) restConfig() (*rest.Config, error) { return k.clientConfig().ClientConfig() }

// namespace is -n, or the kubeconfig context's namespace, or "default".
func (k *kubeFlags) namespace() (string, error) {
	ns, _, err := k.clientConfig().Namespace()
	return ns, err
}

// kubectlArgs are the connection flags the user set, for a kubectl that must act as the same
// user on the same cluster.
func (k *kubeFlags) kubectlArgs() []string {
	var args []string
	for _, name := range k.names {
		f := k.flags.Lookup(name)
		if f == nil || !f.Changed || name == "namespace" {
			continue
		}
		if s, ok := f.Value.(pflag.SliceValue); ok {
			for _, v := range s.GetSlice() {
				args = append(args, "--"+name+"="+v)
			}
			continue
		}
		args = append(args, "--"+name+"="+f.Value.String())
	}
	return args
}
