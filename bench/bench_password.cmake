# bench_password: the time of one Argon2id password hash (libsodium crypto_pwhash_str_alg, what a sign-in
# computes) for a grid of (opslimit, memlimit) at or above OWASP's floor (19 MiB, t=2), and the highest
# parameters that keep a hash under 250 ms on this machine. Prints figures; no assertions.
if(TARGET caravan_server)
    add_executable(bench_password ${CMAKE_CURRENT_LIST_DIR}/password/bench_password.cpp)
    caravan_apply_settings(bench_password)
    target_link_libraries(bench_password PRIVATE caravan::server PkgConfig::SODIUM)
endif()
