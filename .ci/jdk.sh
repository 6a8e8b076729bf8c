# shellcheck shell=bash
# Finds a JDK 21 or newer; sourced by ./mochi and .ci/run so both pick the same one.
#
#   mochi_find_jdk     prints the chosen JDK's home, or explains on stderr and returns 1
#
# Order: $JAVA_HOME if it is a JDK >= 21, else the `java` on the PATH if it belongs to one, else the
# newest JDK >= 21 in the system's JVM directories. MOCHI_JDK_DIRS (colon-separated) replaces the
# list of directories searched last.

MOCHI_MIN_JAVA=21

# Prints the feature version (8, 17, 21, 25…) of the JDK at $1; fails when $1 is not a JDK.
mochi_jdk_version() {
  local home=$1 version=""
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 1
  if [ -r "$home/release" ]; then
    # Read by the shell itself: ./mochi asks this several times per start, and each sed would be a process.
    local line
    while IFS= read -r line || [ -n "$line" ]; do
      case "$line" in JAVA_VERSION=\"*) version=${line#JAVA_VERSION=\"}; version=${version%%\"*}; break ;; esac
    done <"$home/release"
  fi
  if [ -z "$version" ]; then
    version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java\.specification\.version = //p')
  fi
  version=${version#1.}
  version=${version%%[!0-9]*}
  [ -n "$version" ] || return 1
  echo "$version"
}

# The JDK home that the `java` on the PATH belongs to (symlinks resolved).
mochi_path_jdk() {
  local java
  java=$(command -v java 2>/dev/null) || return 1
  java=$(readlink -f "$java" 2>/dev/null || echo "$java")
  java=${java%/*}
  echo "${java%/*}"
}

mochi_jdk_dirs() {
  if [ -n "${MOCHI_JDK_DIRS:-}" ]; then
    tr ':' '\n' <<<"$MOCHI_JDK_DIRS"
  else
    printf '%s\n' /usr/lib/jvm /usr/java /opt/java /Library/Java/JavaVirtualMachines "$HOME/.sdkman/candidates/java"
  fi
}

# The newest JDK >= 21 in the JVM directories.
mochi_newest_system_jdk() {
  local dir candidate home version best="" best_version=0
  while IFS= read -r dir; do
    [ -d "$dir" ] || continue
    for candidate in "$dir"/* "$dir"/*/Contents/Home; do
      [ -d "$candidate" ] || continue
      home=$(readlink -f "$candidate" 2>/dev/null || echo "$candidate")
      version=$(mochi_jdk_version "$home") || continue
      if [ "$version" -ge "$MOCHI_MIN_JAVA" ] && [ "$version" -gt "$best_version" ]; then
        best=$home
        best_version=$version
      fi
    done
  done < <(mochi_jdk_dirs)
  [ -n "$best" ] || return 1
  echo "$best"
}

mochi_describe_jdk() {
  local version
  if version=$(mochi_jdk_version "$1"); then echo "$1 (Java $version)"; else echo "$1 (not a JDK)"; fi
}

# Says on stderr why a JAVA_HOME that is set was not used.
mochi_note_java_home_skipped() {
  [ -n "${JAVA_HOME:-}" ] || return 0
  echo "mochi: not using JAVA_HOME=$(mochi_describe_jdk "$JAVA_HOME") (Mochi needs Java $MOCHI_MIN_JAVA+); using $(mochi_describe_jdk "$1")" >&2
}

mochi_find_jdk() {
  local home version
  if [ -n "${JAVA_HOME:-}" ] && version=$(mochi_jdk_version "$JAVA_HOME") && [ "$version" -ge "$MOCHI_MIN_JAVA" ]; then
    echo "$JAVA_HOME"
    return 0
  fi
  if home=$(mochi_path_jdk) && version=$(mochi_jdk_version "$home") && [ "$version" -ge "$MOCHI_MIN_JAVA" ]; then
    mochi_note_java_home_skipped "$home"
    echo "$home"
    return 0
  fi
  if home=$(mochi_newest_system_jdk); then
    mochi_note_java_home_skipped "$home"
    echo "$home"
    return 0
  fi
  {
    echo "mochi: Mochi needs a JDK $MOCHI_MIN_JAVA or newer and found none."
    if [ -n "${JAVA_HOME:-}" ]; then
      echo "  JAVA_HOME:    $(mochi_describe_jdk "$JAVA_HOME")"
    else
      echo "  JAVA_HOME:    not set"
    fi
    if home=$(mochi_path_jdk); then
      echo "  java on PATH: $(mochi_describe_jdk "$home")"
    else
      echo "  java on PATH: none"
    fi
    echo "  searched:     $(mochi_jdk_dirs | paste -sd ' ' -)"
    echo "Install a JDK $MOCHI_MIN_JAVA or newer (any vendor's build) and point Mochi at it:"
    echo "  JAVA_HOME=/path/to/jdk$MOCHI_MIN_JAVA ./mochi"
  } >&2
  return 1
}

# Maven itself runs on the chosen JDK. From Java 23 on, the JDK warns about Maven 3.8's use of sun.misc.Unsafe
# unless told to allow it; older JDKs refuse that flag, so it is added only where it exists.
mochi_export_maven_opts() {
  local version
  version=$(mochi_jdk_version "$JAVA_HOME") || return 0
  if [ "$version" -ge 23 ]; then
    case " ${MAVEN_OPTS:-} " in
      *" --sun-misc-unsafe-memory-access="*) ;;
      *) MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow" ;;
    esac
    export MAVEN_OPTS
  fi
}
