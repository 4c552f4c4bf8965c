# Sourced by make sanitize's two steps (run_ctest.sh, run_gui_tests.sh): true when LOG shows that
# LeakSanitizer's own stop-the-world tracer crashed at a process's exit ("Tracer caught signal 11",
# then "LeakSanitizer has encountered a fatal error"), an intermittent fault of the sanitizer runtime
# (github.com/google/sanitizers issue 1353), and no leak was reported. README "Sanitizers and fuzzing".
tracer_crash_only() {
  grep -q "LeakSanitizer has encountered a fatal error" "$1" && ! grep -q "detected memory leaks" "$1"
}
