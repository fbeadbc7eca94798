# bench_listings: the listings view with 100,000 listings in a temporary local database — time to open
# the view (model + first screen of rows), to filter (text, status), to sort by price, and peak memory.
# Prints figures; no assertions. Needs the app.
if(TARGET caravan::app)
    add_executable(bench_listings ${CMAKE_CURRENT_LIST_DIR}/listings/bench_listings.cpp)
    caravan_apply_qt_settings(bench_listings)
    target_link_libraries(bench_listings PRIVATE caravan::app)
endif()
