# bench_orders: orders created and paid per second through the HTTP API of the real caravan-server (SQLite or
# PostgreSQL) with the real caravan-paysim, and caravan-cli ledger verify over a ledger of 1,000,000 entries.
# Prints figures; no assertions.
if(TARGET caravan_escrow_harness)
    add_executable(bench_orders ${CMAKE_CURRENT_LIST_DIR}/orders/bench_orders.cpp
        ${PROJECT_SOURCE_DIR}/tests/server/support/http_client.cpp)
    caravan_apply_settings(bench_orders)
    target_include_directories(bench_orders PRIVATE "${PROJECT_SOURCE_DIR}/tests/server")
    target_link_libraries(bench_orders PRIVATE caravan_escrow_harness caravan::server)
    add_dependencies(bench_orders caravan-server caravan-cli caravan-paysim)
endif()
