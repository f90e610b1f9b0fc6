// Precompiled for the libraries with many sources and, shared per directory, the test executables:
// the Qt Core and standard headers most files include. Parsing these was over half of each file's
// compile time.
#pragma once
#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QTimer>
#include <QVariant>
#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
