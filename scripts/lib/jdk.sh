# shellcheck shell=bash
# Finds a JDK of at least a given feature version and exports JAVA_HOME and PATH for it.
# Sourced by ./suite and .ci/run, so it must not exit the caller's shell and must not rely on `set -e`.
#
#   source scripts/lib/jdk.sh
#   suite_use_jdk 21 || exit 1      # prints what it chose (to stderr), or why none fits
#
# Order: $JAVA_HOME if it is recent enough, then the newest JDK under /usr/lib/jvm (e.g. temurin-25),
# then the `java` on PATH. A JDK means bin/java AND bin/javac (Maven compiles with it).

# Prints the feature version (17, 21, 25, ...) of the JDK at $1, or nothing when it is not a JDK.
suite_jdk_version() {
  local home=$1 spec
  [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] || return 1
  # java.specification.version is "1.8" for Java 8 and "21" for 21: stable across vendors.
  spec=$("$home/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = //p' | head -n1)
  [[ -n "$spec" ]] || return 1
  spec=${spec#1.}
  printf '%s\n' "${spec%%.*}"
}

# Lists candidate JDK homes, best first (one per line, may contain duplicates).
suite_jdk_candidates() {
  local dir java_bin
  [[ -n "${JAVA_HOME:-}" ]] && printf '%s\n' "$JAVA_HOME"
  if [[ -d /usr/lib/jvm ]]; then
    # Newest first: sort the directory names by the first version number inside them.
    for dir in /usr/lib/jvm/*/; do
      dir=${dir%/}
      [[ -L "$dir" ]] && continue   # Debian's java-1.17.0-openjdk-amd64 style aliases
      printf '%s %s\n' "$(basename "$dir" | grep -oE '[0-9]+' | head -n1 || echo 0)" "$dir"
    done | sort -rn | cut -d' ' -f2-
  fi
  if java_bin=$(command -v java 2>/dev/null); then
    # /usr/bin/java -> /etc/alternatives/java -> <home>/bin/java
    java_bin=$(readlink -f "$java_bin")
    printf '%s\n' "${java_bin%/bin/java}"
  fi
}

# Exports JAVA_HOME/PATH for the first candidate with feature version >= $1 (default 21).
suite_use_jdk() {
  local min=${1:-21} home version tried=""
  while IFS= read -r home; do
    [[ -n "$home" ]] || continue
    version=$(suite_jdk_version "$home") || { tried+=" $home(no JDK)"; continue; }
    if (( version >= min )); then
      export JAVA_HOME=$home
      case ":$PATH:" in
        *":$JAVA_HOME/bin:"*) ;;
        *) export PATH="$JAVA_HOME/bin:$PATH" ;;
      esac
      # Quiet when the caller asks (e.g. ./suite status); otherwise say which JDK runs everything.
      [[ -n "${SUITE_JDK_QUIET:-}" ]] || echo "Using JDK $version at $JAVA_HOME" >&2
      return 0
    fi
    tried+=" $home($version)"
  done < <(suite_jdk_candidates | awk '!seen[$0]++')
  echo "ERROR: no JDK >= $min found (looked at JAVA_HOME, /usr/lib/jvm/*, java on PATH:${tried:- nothing})." >&2
  echo "       Install one (e.g. apt-get install openjdk-21-jdk or temurin-25-jdk) or point JAVA_HOME at it." >&2
  return 1
}
