# Sourced by the scripts that run a program from the test sources (evaluations, training, benchmarks,
# the Snopes feed).

# test_classpath [COPY]: compiles the main and test sources and prints the classpath that runs them with
# every test dependency. With COPY (a folder under target/), the compiled classes are copied there and
# run from the copy, so that a build meanwhile cannot change them under a training run of minutes.
test_classpath() {
  ./mvnw -q -B -ntp test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >&2
  local classes=target
  if [ -n "${1:-}" ]; then
    rm -rf "$1" && mkdir -p "$1" && cp -r target/classes target/test-classes "$1/"
    classes=$1
  fi
  echo "$classes/test-classes:$classes/classes:$(cat target/test-classpath.txt)"
}
