// Command image packs one static binary into a container image on an empty base and
// writes it as a docker-save tarball, which `ctr images import` (and `docker load`) read.
// It builds Tally's image, and the pause and CoreDNS images of the local cluster, where
// there is neither a Docker engine nor a registry.
//
//	go run ./hack/image -binary bin/tally -tag ghcr.io/tally-operator/tally:dev -o bin/tally-image.tar -cmd manager
//
// The image matches what the Dockerfile builds on distroless/static:nonroot: the binary at
// /<name> as the entrypoint, a numeric non-root user, /tmp, /etc/passwd and /etc/group with
// the nonroot user, and the CA bundle. Every timestamp is zero, so that the same binary
// always gives the same image digest.
package main

import (
	"archive/tar"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/google/go-containerregistry/pkg/name"
	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/empty"
	"github.com/google/go-containerregistry/pkg/v1/mutate"
	"github.com/google/go-containerregistry/pkg/v1/tarball"
)

type options struct {
	binary  string
	inImage string
	tag     string
	out     string
	user    string
	cmd     string
	caFile  string
	os      string
	arch    string
}

func main() {
	var o options
	flag.StringVar(&o.binary, "binary", "", "static binary to pack (required)")
	flag.StringVar(&o.inImage, "path", "", "path of the binary in the image and the entrypoint (default /<binary's name>)")
	flag.StringVar(&o.tag, "tag", "", "image reference to record in the tarball, e.g. ghcr.io/tally-operator/tally:dev (required)")
	flag.StringVar(&o.out, "o", "", "tarball to write (required)")
	flag.StringVar(&o.user, "user", "65532:65532", "numeric user:group the image runs as")
	flag.StringVar(&o.cmd, "cmd", "", "default arguments (CMD), separated by spaces")
	flag.StringVar(&o.caFile, "ca-certificates", "/etc/ssl/certs/ca-certificates.crt", "CA bundle to copy to /etc/ssl/certs (empty: none)")
	flag.StringVar(&o.os, "os", runtime.GOOS, "operating system recorded in the image config")
	flag.StringVar(&o.arch, "arch", runtime.GOARCH, "architecture recorded in the image config")
	flag.Parse()
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "image:", err)
		os.Exit(1)
	}
}

func run(o options) error {
	if o.binary == "" || o.tag == "" || o.out == "" {
		return errors.New("-binary, -tag and -o are required")
	}
	if o.inImage == "" {
		o.inImage = "/" + filepath.Base(o.binary)
	}
	if !path.IsAbs(o.inImage) {
		return fmt.Errorf("-path %q: must be absolute", o.inImage)
	}
	uid, gid, ok := strings.Cut(o.user, ":")
	if !ok || !numeric(uid) || !numeric(gid) {
		return fmt.Errorf("-user %q: want numeric uid:gid", o.user)
	}
	tag, err := name.NewTag(o.tag)
	if err != nil {
		return fmt.Errorf("-tag: %w", err)
	}
	bin, err := os.ReadFile(o.binary)
	if err != nil {
		return err
	}
	var ca []byte
	if o.caFile != "" {
		if ca, err = os.ReadFile(o.caFile); err != nil {
			return fmt.Errorf("-ca-certificates: %w", err)
		}
	}

	layerTar, err := layer(o.inImage, bin, ca, uid, gid)
	if err != nil {
		return err
	}
	l, err := tarball.LayerFromOpener(func() (io.ReadCloser, error) {
		return io.NopCloser(bytes.NewReader(layerTar)), nil
	})
	if err != nil {
		return err
	}
	img, err := mutate.AppendLayers(empty.Image, l)
	if err != nil {
		return err
	}
	cf, err := img.ConfigFile()
	if err != nil {
		return err
	}
	cf = cf.DeepCopy()
	// ctr refuses to import an image whose config names no platform.
	cf.OS, cf.Architecture = o.os, o.arch
	cf.Created = v1.Time{Time: time.Unix(0, 0).UTC()}
	cf.Config.Entrypoint = []string{o.inImage}
	cf.Config.Cmd = strings.Fields(o.cmd)
	cf.Config.User = o.user
	cf.Config.WorkingDir = "/"
	cf.Config.Env = []string{"PATH=/usr/local/bin:/usr/bin:/bin", "SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt"}
	if ca == nil {
		cf.Config.Env = cf.Config.Env[:1]
	}
	if img, err = mutate.ConfigFile(img, cf); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(o.out), 0o755); err != nil {
		return err
	}
	// Write next to the target and rename, so that a reader never sees half a tarball.
	tmp := o.out + ".tmp"
	if err := tarball.WriteToFile(tmp, tag, img); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, o.out); err != nil {
		return err
	}
	id, err := img.ConfigName()
	if err != nil {
		return err
	}
	fmt.Printf("%s %s id %s\n", o.out, tag, id)
	return nil
}

// layer is the image's one filesystem layer: the binary and the few files a distroless
// static base has.
func layer(inImage string, bin, ca []byte, uid, gid string) ([]byte, error) {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	epoch := time.Unix(0, 0)
	dirs := map[string]bool{}
	dir := func(name string, mode int64) error {
		if dirs[name] {
			return nil
		}
		dirs[name] = true
		return tw.WriteHeader(&tar.Header{Typeflag: tar.TypeDir, Name: name + "/", Mode: mode, ModTime: epoch, Format: tar.FormatPAX})
	}
	file := func(name string, mode int64, data []byte) error {
		var parents []string
		for d := path.Dir(name); d != "."; d = path.Dir(d) {
			parents = append([]string{d}, parents...)
		}
		for _, d := range parents {
			if err := dir(d, 0o755); err != nil {
				return err
			}
		}
		if err := tw.WriteHeader(&tar.Header{Typeflag: tar.TypeReg, Name: name, Mode: mode, Size: int64(len(data)), ModTime: epoch, Format: tar.FormatPAX}); err != nil {
			return err
		}
		_, err := tw.Write(data)
		return err
	}
	if err := dir("tmp", 0o1777); err != nil {
		return nil, err
	}
	passwd := fmt.Sprintf("root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:%s:%s:nonroot:/home/nonroot:/sbin/nologin\n", uid, gid)
	group := fmt.Sprintf("root:x:0:\nnonroot:x:%s:\n", gid)
	if uid == "0" {
		passwd = "root:x:0:0:root:/root:/sbin/nologin\n"
		group = "root:x:0:\n"
	}
	if err := file("etc/passwd", 0o644, []byte(passwd)); err != nil {
		return nil, err
	}
	if err := file("etc/group", 0o644, []byte(group)); err != nil {
		return nil, err
	}
	if ca != nil {
		if err := file("etc/ssl/certs/ca-certificates.crt", 0o644, ca); err != nil {
			return nil, err
		}
	}
	if err := file(strings.TrimPrefix(inImage, "/"), 0o755, bin); err != nil {
		return nil, err
	}
	if err := tw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func numeric(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
