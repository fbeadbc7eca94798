# bench_orders_app: the Orders section with 10,000 order records in a temporary local database — time to
# load them (OrderRepository), to open the section (view, model, first paint), to switch each filter, and
# to mark one order shipped. Prints medians; no assertions. Needs the app.
if(TARGET caravan::app)
    add_executable(bench_orders_app ${CMAKE_CURRENT_LIST_DIR}/orders_app/bench_orders_app.cpp)
    caravan_apply_qt_settings(bench_orders_app)
    target_link_libraries(bench_orders_app PRIVATE caravan::app)
endif()
