# Install rules and the Debian packages (CPack DEB), one package per install COMPONENT:
#   client → hpf-counter: the counter client, its menu entry, icons, AppStream metadata, man page;
#   server → hpf-server:  the back end, its systemd service, /etc/hpf-server config, man page.
# hpf-court is not installed: it is a training stand-in for a court's platform, used by tests and
# demonstrations from the build tree, never something a center runs.
# Translations, the user guide and the demo policy are compiled into the binaries (qrc), so the
# binaries need no data files at run time. scripts/package.sh builds the packages;
# tests/packaging/test_debs.sh builds and checks them from the test build.

include(GNUInstallDirs)
# The service's config and unit belong in /etc and /lib/systemd/system when installed under /usr
# (the packages: cpack installs with the prefix /usr), else under the prefix. Decided at install
# time, since the prefix of an existing build tree (/usr/local) is not the packages' one.
function(hpf_install_system_file file usr_dir other_dir)
  install(CODE "
    if(CMAKE_INSTALL_PREFIX STREQUAL \"/usr\")
      set(hpf_dir \"${usr_dir}\")
    else()
      set(hpf_dir \"\${CMAKE_INSTALL_PREFIX}/${other_dir}\")
    endif()
    file(INSTALL DESTINATION \"\${hpf_dir}\" TYPE FILE FILES \"${file}\")"
    COMPONENT server)
endfunction()
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(HPF_PACKAGING_DIR "${PROJECT_SOURCE_DIR}/packaging")
set(HPF_PACKAGING_OUT "${PROJECT_BINARY_DIR}/packaging")
set(HPF_APP_ID "org.hpfcounter.HpfCounter") # the .desktop and AppStream id

# Debian wants man pages and changelogs gzip'd without a timestamp (-n) at -9.
find_program(HPF_GZIP gzip REQUIRED)
function(hpf_gzip_file source output)
  add_custom_command(OUTPUT "${output}"
    COMMAND "${HPF_GZIP}" -9 -n -c "${source}" > "${output}"
    DEPENDS "${source}" VERBATIM)
endfunction()
hpf_gzip_file("${HPF_PACKAGING_DIR}/man/hpf-counter.1" "${HPF_PACKAGING_OUT}/hpf-counter.1.gz")
hpf_gzip_file("${HPF_PACKAGING_DIR}/man/hpf-server.8" "${HPF_PACKAGING_OUT}/hpf-server.8.gz")
hpf_gzip_file("${HPF_PACKAGING_DIR}/debian/changelog" "${HPF_PACKAGING_OUT}/changelog.Debian.gz")
add_custom_target(hpf_packaging_files ALL DEPENDS
  "${HPF_PACKAGING_OUT}/hpf-counter.1.gz" "${HPF_PACKAGING_OUT}/hpf-server.8.gz"
  "${HPF_PACKAGING_OUT}/changelog.Debian.gz")

# ---- client: hpf-counter -------------------------------------------------------------------------
if(TARGET hpf-counter)
  install(TARGETS hpf-counter RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT client)
  install(FILES "${HPF_PACKAGING_DIR}/${HPF_APP_ID}.desktop"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/applications" COMPONENT client)
  install(FILES "${HPF_PACKAGING_DIR}/${HPF_APP_ID}.metainfo.xml"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo" COMPONENT client)
  install(FILES "${HPF_PACKAGING_DIR}/icons/hpf-counter.svg"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps" COMPONENT client)
  foreach(size 16 22 24 32 48 64 128 256)
    install(FILES "${HPF_PACKAGING_DIR}/icons/png/${size}/hpf-counter.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps" COMPONENT client)
  endforeach()
  install(FILES "${HPF_PACKAGING_OUT}/hpf-counter.1.gz"
          DESTINATION "${CMAKE_INSTALL_MANDIR}/man1" COMPONENT client)
  install(FILES "${HPF_PACKAGING_DIR}/debian/copyright" "${HPF_PACKAGING_OUT}/changelog.Debian.gz"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/hpf-counter" COMPONENT client)
  install(FILES "${HPF_PACKAGING_DIR}/debian/client.lintian-overrides"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides" RENAME hpf-counter COMPONENT client)
endif()

# ---- server: hpf-server --------------------------------------------------------------------------
if(TARGET hpf-server)
  install(TARGETS hpf-server RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT server)
  # Debian 12's systemdsystemunitdir is /lib/systemd/system.
  hpf_install_system_file("${HPF_PACKAGING_DIR}/systemd/hpf-server.service" "/lib/systemd/system"
                          "lib/systemd/system")
  hpf_install_system_file("${HPF_PACKAGING_DIR}/server/hpf-server.conf" "/etc/hpf-server" "etc/hpf-server")
  install(FILES "${HPF_PACKAGING_OUT}/hpf-server.8.gz"
          DESTINATION "${CMAKE_INSTALL_MANDIR}/man8" COMPONENT server)
  install(FILES "${HPF_PACKAGING_DIR}/debian/copyright" "${HPF_PACKAGING_OUT}/changelog.Debian.gz"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/hpf-server" COMPONENT server)
  install(FILES "${HPF_PACKAGING_DIR}/server/nginx-hpf.conf"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/hpf-server/examples" COMPONENT server)
  install(FILES "${HPF_PACKAGING_DIR}/debian/server.lintian-overrides"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides" RENAME hpf-server COMPONENT server)
  # The maintainer scripts under the names dpkg wants (configure_file keeps their mode).
  foreach(script postinst prerm postrm conffiles)
    configure_file("${HPF_PACKAGING_DIR}/debian/server.${script}" "${HPF_PACKAGING_OUT}/server/${script}"
                   COPYONLY)
  endforeach()
endif()

# ---- CPack DEB -----------------------------------------------------------------------------------
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "hpf-counter")
set(CPACK_PACKAGE_VENDOR "HPF Counter developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
# Each package's first description line is its own summary (CPack would prepend the project's).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON) # release packages: stripped binaries, whatever the build type
set(CPACK_COMPONENTS_ALL client server)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # hpf-counter_0.1.0-1_amd64.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "HPF Counter maintainers <hpf-counter@example.org>")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://hpf-counter.example.org/")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # dpkg-shlibdeps finds the libraries' packages
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(HPF_DEB_VERSION "${PROJECT_VERSION}-${CPACK_DEBIAN_PACKAGE_RELEASE}")

set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME "hpf-counter")
set(CPACK_DEBIAN_CLIENT_PACKAGE_SECTION "misc")
# Beyond the linked libraries: Qt's plugins (the X11 platform, the SQLite driver of the local
# store), Qt's own translations, the CJK fonts every screen and print needs, and hpf-server, which
# the client starts as its training back end when no server is configured (the first start).
set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS
    "hpf-server (= ${HPF_DEB_VERSION}), qt6-qpa-plugins, libqt6sql6-sqlite, qt6-translations-l10n, fonts-noto-cjk")
# A Secret Service keychain (the outbox key); the camera's GStreamer elements; Wayland sessions.
set(CPACK_DEBIAN_CLIENT_PACKAGE_RECOMMENDS "gnome-keyring, gstreamer1.0-plugins-good, qt6-wayland")
set(CPACK_DEBIAN_CLIENT_DESCRIPTION "Housing provident fund counter client (HPF Counter)
HPF Counter is the desktop program a housing provident fund management
center runs at its service hall counters and back offices: accounts,
contributions, withdrawals, transfers, loans, judicial assistance,
certificates and the electronic archive, against the center's hpf-server.

Without a configured server it starts in training mode on a local
training back end.")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME "hpf-server")
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION "net")
# Qt's SQL drivers are plugins dpkg-shlibdeps cannot see; adduser for the service's user.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite, libqt6sql6-psql")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "postgresql, nginx")
set(CPACK_DEBIAN_SERVER_DESCRIPTION "Housing provident fund counter back end (HPF Counter)
hpf-server is the REST back end of HPF Counter: accounts, contributions,
withdrawals, transfers, loans, judicial assistance, certificates, the
electronic archive, background jobs and the keyed audit trail, on SQLite
or PostgreSQL.

This package ships the hpf-server.service systemd unit (not enabled until
the database is initialised) and its configuration in /etc/hpf-server.")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    "${HPF_PACKAGING_OUT}/server/postinst;${HPF_PACKAGING_OUT}/server/prerm;${HPF_PACKAGING_OUT}/server/postrm;${HPF_PACKAGING_OUT}/server/conffiles")

include(CPack)
