// Added for the QML module: its own classes and the C++ that qmlcachegen writes for each QML file.
#pragma once
#include <QAbstractListModel>
#include <QtQml/qjsengine.h>
#include <QtQml/qjsvalue.h>
#include <QtQml/qqmlcomponent.h>
#include <QtQml/qqmlcontext.h>
#include <QtQml/qqmlengine.h>
#include <QtQml/qqmlprivate.h>
#include <QtQml/qqmlregistration.h>
