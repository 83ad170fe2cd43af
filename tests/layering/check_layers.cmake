# Fails when a layer reaches above itself (run by ctest as `layering`):
#  - core/ includes nothing from Qt Network, Sql, Gui, Widgets, HttpServer, PrintSupport;
#  - models/ and server/ include no widgets or printing headers;
#  - server/business/ services know no HTTP: only an area's routes.cpp may include platform/http/
#    headers or QtHttpServer, or use BodyReader.
# Usage: cmake -DSOURCE_DIR=<repo> -P check_layers.cmake
set(violations "")

function(scan folder regex what)
  file(GLOB_RECURSE files "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.cpp")
  foreach(f IN LISTS files)
    file(STRINGS "${f}" hits REGEX "${regex}")
    foreach(h IN LISTS hits)
      file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
      set(violations "${violations}\n  ${rel}: ${what}: ${h}" PARENT_SCOPE)
    endforeach()
  endforeach()
endfunction()

scan(core "#include <(Qt(Network|Sql|Gui|Widgets|HttpServer|PrintSupport)/|Q(Network|Sql|Tcp|Udp|Http|Widget|Application|Painter|Image|Pixmap|Dialog|Printer))" "core reaches above Qt::Core")
scan(models "#include <(QtWidgets/|QtPrintSupport/|Q(Widget|Dialog|MainWindow|PushButton|LineEdit|Application|Printer|MessageBox))" "models includes widgets")
scan(server "#include <(QtWidgets/|QtPrintSupport/|QtGui/|Q(Widget|Dialog|MainWindow|Application|Printer|Painter|Image))" "server includes GUI headers")

# Business services take typed inputs and a ServiceContext; routes.cpp maps HTTP to them.
file(GLOB_RECURSE business "${SOURCE_DIR}/server/business/*.h" "${SOURCE_DIR}/server/business/*.cpp")
foreach(f IN LISTS business)
  get_filename_component(name "${f}" NAME)
  if(name STREQUAL "routes.cpp")
    continue()
  endif()
  file(STRINGS "${f}" hits REGEX "#include [<\"](platform/http/|QtHttpServer/|QHttpServer|QAbstractHttpServer)|BodyReader|HttpRequest|HttpResponse|RequestContext")
  foreach(h IN LISTS hits)
    file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
    set(violations "${violations}\n  ${rel}: business service knows HTTP (only routes.cpp may): ${h}")
  endforeach()
endforeach()

if(violations)
  message(FATAL_ERROR "Layering violations:${violations}")
endif()
message(STATUS "layering ok: core, models and server stay within their layers")
