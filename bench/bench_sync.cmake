# bench_sync: first sync of 10,000 listings (no photos) and of 1,000 listings with 3 photos each, through the
# real caravan-server executable on loopback, against a bare batched SQLite insert of the same rows; and an
# interrupted sync that resumes without re-sending what arrived. Prints figures; no assertions.
if(TARGET caravan::app AND TARGET caravan-server AND TARGET Qt6::Test)
    add_executable(bench_sync ${CMAKE_CURRENT_LIST_DIR}/sync/bench_sync.cpp
        ${PROJECT_SOURCE_DIR}/tests/sync/syncsupport.cpp ${PROJECT_SOURCE_DIR}/tests/sync/faultproxy.cpp)
    caravan_apply_qt_settings(bench_sync)
    target_include_directories(bench_sync PRIVATE "${PROJECT_SOURCE_DIR}/tests/sync")
    target_link_libraries(bench_sync PRIVATE caravan::app Qt6::Test)
    target_compile_definitions(bench_sync PRIVATE
        CARAVAN_SERVER_EXECUTABLE="$<TARGET_FILE:caravan-server>"
        CARAVAN_CLI_EXECUTABLE="$<TARGET_FILE:caravan-cli>")
    add_dependencies(bench_sync caravan-server caravan-cli)
endif()
