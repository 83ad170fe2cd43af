# Common settings for every HPF target, and the one-line test registration.

# hpf_apply_common_settings(<target>)
#   Strict Qt string handling, no Q_FOREACH, QStringBuilder, warnings (-Werror=switch always;
#   all warnings are errors when HPF_WERROR is ON, as in the ci preset).
option(HPF_WERROR "Treat warnings as errors" OFF)
function(hpf_apply_common_settings target)
  target_compile_definitions(${target} PRIVATE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING QT_NO_FOREACH QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
    -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Werror=switch -Werror=return-type)
  if(HPF_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# hpf_add_test(<name> SOURCES <files...> LIBS <libs...> [LABELS <labels...>] [TIMEOUT <s>] [ENV <k=v>...])
#   One Qt Test executable per unit, registered with ctest, run offscreen in a fixed locale and zone.
function(hpf_add_test name)
  cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
  qt_add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
  hpf_apply_common_settings(${name})
  target_compile_definitions(${name} PRIVATE
    HPF_SOURCE_DIR="${PROJECT_SOURCE_DIR}" HPF_BINARY_DIR="${PROJECT_BINARY_DIR}")
  add_test(NAME ${name} COMMAND ${name})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 300)
  endif()
  set_tests_properties(${name} PROPERTIES TIMEOUT ${T_TIMEOUT} LABELS "${T_LABELS}"
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;TZ=Asia/Shanghai;${T_ENV}")
endfunction()
