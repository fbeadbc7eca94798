# bench_panel: how long the listing editor's landed-cost panel takes to refresh its 10-destination model
# (prints figures; no assertions). Needs the app.
if(TARGET caravan::app)
    add_executable(bench_panel ${CMAKE_CURRENT_LIST_DIR}/panel/bench_panel.cpp)
    caravan_apply_qt_settings(bench_panel)
    target_link_libraries(bench_panel PRIVATE caravan::app)
endif()
