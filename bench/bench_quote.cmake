# bench_quote: landed-cost quotes per second for a 10-destination matrix (prints figures; no assertions).
add_executable(bench_quote ${CMAKE_CURRENT_LIST_DIR}/quote/bench_quote.cpp)
caravan_apply_settings(bench_quote)
target_link_libraries(bench_quote PRIVATE caravan::core)
