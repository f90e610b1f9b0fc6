#pragma once
// Serves the files of a Qt resource folder (compiled into the binary) under a URL prefix:
// ":/office/app.js" as "/office/app.js", the folder's index.html as the prefix itself. The file
// list is read once at start, so an unknown path is a plain 404 and nothing is read from disk.
#include "httphost.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace careround::server::http {

// Returns how many files were routed (0 when the resource folder is not in this binary).
int addStaticRoutes(HttpHost &host, const QString &resourceFolder, const QString &urlPrefix,
                    const QList<QPair<QByteArray, QByteArray>> &headers);

// "text/javascript; charset=utf-8" for app.js, and so on; application/octet-stream when unknown.
QByteArray contentTypeFor(const QString &fileName);

} // namespace careround::server::http
