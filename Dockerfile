# Tally's image: one static binary, run as a non-root user on a distroless base.
#   docker build -t ghcr.io/tally-operator/tally:dev .
FROM golang:1.26 AS build
WORKDIR /src
# Modules first, so that a change to the code does not download them again.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
RUN CGO_ENABLED=0 go build -trimpath \
      -ldflags "-s -w -X github.com/tally-operator/tally/internal/version.Version=${VERSION}" \
      -o /out/tally .

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/tally /tally
USER 65532:65532
ENTRYPOINT ["/tally"]
CMD ["manager"]
