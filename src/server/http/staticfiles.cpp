#include "staticfiles.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace careround::server::http {

QByteArray contentTypeFor(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("html"))
        return "text/html; charset=utf-8";
    if (suffix == QLatin1String("js"))
        return "text/javascript; charset=utf-8";
    if (suffix == QLatin1String("css"))
        return "text/css; charset=utf-8";
    if (suffix == QLatin1String("svg"))
        return "image/svg+xml";
    if (suffix == QLatin1String("png"))
        return "image/png";
    if (suffix == QLatin1String("json"))
        return "application/json";
    return "application/octet-stream";
}

int addStaticRoutes(HttpHost &host, const QString &resourceFolder, const QString &urlPrefix,
                    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    int routed = 0;
    QDirIterator files(resourceFolder, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ApiResponse response;
        response.body = file.readAll();
        response.contentType = contentTypeFor(path);
        response.headers = headers;
        const QString relative = path.mid(resourceFolder.size() + 1);
        auto serve = [response](const ApiRequest &) {
            return response;
        };
        host.addRoute(urlPrefix + relative, "GET", serve);
        if (relative == QLatin1String("index.html"))
            host.addRoute(urlPrefix, "GET", serve);
        ++routed;
    }
    if (routed > 0 && urlPrefix.endsWith(QLatin1Char('/'))) {
        // "/office" without its slash: the browser is sent to the folder, so relative links work.
        const QString folder = urlPrefix;
        host.addRoute(urlPrefix.chopped(1), "GET", [folder](const ApiRequest &) {
            ApiResponse response;
            response.status = 301;
            response.contentType.clear();
            response.headers.append(qMakePair(QByteArray("Location"), folder.toUtf8()));
            return response;
        });
    }
    return routed;
}

} // namespace careround::server::http
