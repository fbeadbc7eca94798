# bench_signin_burst: a real user's sign-in while 1,000 guesses a second from many addresses hit the server
# (the in-process server behind a trusted proxy, so each guess has its own X-Forwarded-For), against the same
# sign-in on an idle server, with the hashes the burst made the server compute. Prints figures; no assertions.
if(TARGET caravan_server)
    add_executable(bench_signin_burst ${CMAKE_CURRENT_LIST_DIR}/signin/bench_signin_burst.cpp)
    caravan_apply_settings(bench_signin_burst)
    target_link_libraries(bench_signin_burst PRIVATE caravan::server Poco::Net Poco::Util)
endif()
