# Turns Maven's batch output into what ./mochi shows while it builds: one line per module as it starts
# ("mochi: building 3/14: Mochi core"), every error line as Maven wrote it, and the total time at the end.
# Everything else Maven says (plugin banners, test-compile notes, downloads) is dropped.
{ gsub(/\033\[[0-9;]*m/, "") }
/^\[INFO\] Building .*\[[0-9]+\/[0-9]+\]$/ {
  line = $0
  sub(/^\[INFO\] Building /, "", line)
  n = line; sub(/.*\[/, "", n); sub(/\]$/, "", n)
  name = line; sub(/ +\[[0-9]+\/[0-9]+\]$/, "", name); sub(/ [0-9][^ ]*$/, "", name)
  printf "mochi: building %s: %s\n", n, name
  fflush()
  next
}
/^\[ERROR\]/ || /BUILD FAILURE/ { print; fflush(); next }
/^\[INFO\] Total time:/ {
  t = $0; sub(/^\[INFO\] Total time: */, "", t)
  printf "mochi: built in %s\n", t
  fflush()
}
