// Sanitize build only (GAITSIM_SANITIZE in CMakeLists.txt): dlclose does nothing. EGL and GLX load
// Mesa's driver (swrast_dri.so) with dlopen and unload it at eglTerminate or XCloseDisplay, before
// LeakSanitizer looks at exit; a leak inside an unloaded library is reported as "<unknown module>",
// which no line of tests/sanitize/lsan.supp can name (LeakSanitizer matches module, function or
// file names). Kept loaded, its leaks carry the library's name and are suppressed by that name alone.
extern "C" int dlclose(void* /*handle*/) { return 0; }
