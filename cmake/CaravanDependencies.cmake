# Every external dependency is found here, once. All come from Debian 12 packages
# (see ./dev for the list it installs).

find_package(PkgConfig REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(Threads REQUIRED)

if(CARAVAN_BUILD_SERVER)
    # Debian's PocoDataPostgreSQL config links PostgreSQL::client, which nothing defines.
    find_package(PostgreSQL REQUIRED)
    if(NOT TARGET PostgreSQL::client)
        add_library(PostgreSQL::client INTERFACE IMPORTED)
        target_link_libraries(PostgreSQL::client INTERFACE PostgreSQL::PostgreSQL)
    endif()
    find_package(Poco REQUIRED COMPONENTS
        Foundation Net Util JSON XML Data DataSQLite DataPostgreSQL Crypto NetSSL)
    pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
    pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode) # staff second factor enrolment QR codes
    find_path(MUSTACHE_INCLUDE_DIR NAMES mustache.hpp PATH_SUFFIXES kainjow REQUIRED)
endif()

if(CARAVAN_BUILD_APP)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Network Sql Concurrent Charts Svg SvgWidgets
        LinguistTools)
    find_package(Qt6 6.4 QUIET OPTIONAL_COMPONENTS Multimedia MultimediaWidgets)
    find_package(Qt6Keychain REQUIRED)
    qt_standard_project_setup()
endif()

if(CARAVAN_BUILD_TESTS)
    find_package(Catch2 2.13 REQUIRED)
    include(Catch)
    include(CaravanTesting)
    if(CARAVAN_BUILD_APP)
        find_package(Qt6 6.4 REQUIRED COMPONENTS Test)
    endif()
endif()
