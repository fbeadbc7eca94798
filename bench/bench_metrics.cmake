# bench_metrics: what GET /metrics costs every request. /healthz of the in-process caravan-server under a
# closed-loop load (bench/pages/load.cpp), beside the per-request pieces the metrics and request-id middleware
# adds (a counter and histogram update, a new request id, the log scope) timed alone, and a scrape.
# Prints figures; no assertions.
if(TARGET caravan_server)
    add_executable(bench_metrics ${CMAKE_CURRENT_LIST_DIR}/metrics/bench_metrics.cpp
        ${CMAKE_CURRENT_LIST_DIR}/pages/load.cpp)
    caravan_apply_settings(bench_metrics)
    target_include_directories(bench_metrics PRIVATE ${CMAKE_CURRENT_LIST_DIR}/pages)
    target_link_libraries(bench_metrics PRIVATE caravan::server Poco::Net Poco::Util)
endif()
