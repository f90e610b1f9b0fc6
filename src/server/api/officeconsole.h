#pragma once
// The office console (web/office/, docs/office.md): its bundle is compiled into careround-server as
// the Qt resource folder :/office and served at /office/ with the browser headers of the office
// API.
#include "server/http/httphost.h"

namespace careround::server::api {

// Returns how many console files are served; 0 when this binary was built without the console.
int addOfficeConsole(http::HttpHost &host);

} // namespace careround::server::api
