# bench_pages: the buyer pages of the real caravan-server (in-process, SQLite or PostgreSQL) over a catalogue of
# 1,000,000 listings, under a load generator of 16 keep-alive connections: requests/s and p50/p99 of the home
# page, three searches, the listing page and the minimal route /healthz, beside a bare Poco handler in the same
# process, with the targets of the buyer-marketplace issue. Prints figures; no assertions.
if(TARGET caravan_server)
    add_executable(bench_pages ${CMAKE_CURRENT_LIST_DIR}/pages/bench_pages.cpp
        ${CMAKE_CURRENT_LIST_DIR}/pages/corpus.cpp ${CMAKE_CURRENT_LIST_DIR}/pages/fill.cpp
        ${CMAKE_CURRENT_LIST_DIR}/pages/load.cpp)
    caravan_apply_settings(bench_pages)
    target_link_libraries(bench_pages PRIVATE caravan::server Poco::Net Poco::Util)
endif()
