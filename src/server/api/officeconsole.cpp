#include "officeconsole.h"

#include "server/auth/browsersession.h"
#include "server/http/staticfiles.h"

namespace careround::server::api {

int addOfficeConsole(http::HttpHost &host)
{
    // The office API's browser headers: strict CSP, never framed (every answer is also no-store).
    return http::addStaticRoutes(host, QStringLiteral(":/office"), QStringLiteral("/office/"),
                                 auth::browserSecurityHeaders());
}

} // namespace careround::server::api
