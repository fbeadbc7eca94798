# bench_messages_app: the Messages section with 100,000 messages in about 8,000 threads (a few of 500+
# messages) in a temporary local database — time to load the thread list (MessageRepository), to open the
# section (view, first paint), to switch to a long thread, to mark a thread read and to queue a reply
# offline. Prints medians; no assertions. Needs the app.
if(TARGET caravan::app)
    add_executable(bench_messages_app ${CMAKE_CURRENT_LIST_DIR}/messages_app/bench_messages_app.cpp)
    caravan_apply_qt_settings(bench_messages_app)
    target_link_libraries(bench_messages_app PRIVATE caravan::app)
endif()
