// Compiled only to build the precompiled headers of a test folder (zl_add_test_headers in
// tests/CMakeLists.txt), which its tests reuse.
