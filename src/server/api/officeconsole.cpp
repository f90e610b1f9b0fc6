#include "officeconsole.h"

#include "server/http/staticfiles.h"

namespace careround::server::api {

namespace {

// No inline script or style, nothing from another origin, never framed (docs/office.md).
QList<QPair<QByteArray, QByteArray>> consoleHeaders()
{
    return {
        {"Content-Security-Policy",
         "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
         "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"},
        {"X-Frame-Options", "DENY"},
        {"Referrer-Policy", "no-referrer"},
        {"X-Content-Type-Options", "nosniff"},
        {"Cache-Control", "no-cache"},
    };
}

} // namespace

int addOfficeConsole(http::HttpHost &host)
{
    return http::addStaticRoutes(host, QStringLiteral(":/office"), QStringLiteral("/office/"),
                                 consoleHeaders());
}

} // namespace careround::server::api
