# Fails when a layer reaches above itself (run by ctest as `layering`):
#  - core/ includes nothing from Qt Network, Sql, Gui, Widgets, HttpServer, PrintSupport;
#  - imaging/ (codecs shared by client and server) uses Qt::Gui only: no widgets, network or SQL;
#  - models/ and server/ include no widgets or printing headers;
#  - server/business/ services know no HTTP: only an area's routes.cpp may include platform/http/
#    headers or QtHttpServer, or use BodyReader.
#  - ui/ holds no URL path, JSON document, request or idempotency key: pages see typed values from
#    models/api and submit state changes through models/ops (issue 11).
# Usage: cmake -DSOURCE_DIR=<repo> -P check_layers.cmake
cmake_minimum_required(VERSION 3.25)
set(violations "")

function(scan folder regex what)
  file(GLOB_RECURSE files "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.cpp")
  foreach(f IN LISTS files)
    file(RELATIVE_PATH rel_path "${SOURCE_DIR}" "${f}")
    if(rel_path IN_LIST exempt)
      continue()
    endif()
    file(STRINGS "${f}" hits REGEX "${regex}")
    foreach(h IN LISTS hits)
      file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
      set(violations "${violations}\n  ${rel}: ${what}: ${h}")
    endforeach()
  endforeach()
  set(violations "${violations}" PARENT_SCOPE) # every hit, not only the last
endfunction()

scan(core "#include <(Qt(Network|Sql|Gui|Widgets|HttpServer|PrintSupport)/|Q(Network|Sql|Tcp|Udp|Http|Widget|Application|Painter|Image|Pixmap|Dialog|Printer))" "core reaches above Qt::Core")
scan(imaging "#include <(QtWidgets/|QtPrintSupport/|QtNetwork/|QtSql/|Q(Widget|Dialog|Application|Printer|Network|Sql))" "imaging reaches beyond Qt::Gui")
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
# Files of ui/ still allowed to name the transport, each with its reason (none today). Keep it short.
set(exempt
)
scan(ui "(QUuid|\"/api/|ApiRequest|QJsonObject|QJsonDocument)" "ui knows the wire format (use models/api and models/ops)")
# A raw response reaches ui/ only where a models signal still carries one, for its translated
# failure text (usertext::describeFailure); nothing in these files reads its body.
set(exempt
  ui/shell/grantdialog.cpp   # Session::grantFinished
  ui/shell/lockoverlay.cpp   # Session::unlockFailed
  ui/shell/logindialog.h     # Session::signInFailed
  ui/shell/logindialog.cpp
  ui/lookup/lookuppage.h     # JsonTableModel::loaded
  ui/lookup/lookuppage.cpp
  ui/lookup/unitpage.cpp     # JsonTableModel::loaded
  ui/lookup/personpage.cpp   # JournalModel::pageLoaded
)
scan(ui "ApiResponse" "ui reads a raw response (use the typed Reply or the operation's signals)")
set(exempt "")

if(violations)
  message(FATAL_ERROR "Layering violations:${violations}")
endif()
message(STATUS "layering ok: core, models, server and ui stay within their layers")
