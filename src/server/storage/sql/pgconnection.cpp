#include "pgconnection.h"
#include <libpq-fe.h>
#include <memory>
#include <vector>

namespace careround::server::sql {

namespace {

Error pgError(const QString &what, const char *message)
{
    return Error {
        QStringLiteral("storage"),
        QStringLiteral("PostgreSQL %1: %2").arg(what, QString::fromUtf8(message).trimmed())};
}

struct ResultDeleter
{
    void operator()(PGresult *r) const { PQclear(r); }
};
using PgResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

} // namespace

QString numberPlaceholders(const QString &sql)
{
    QString out;
    out.reserve(sql.size() + 16);
    bool quoted = false;
    int n = 0;
    for (const QChar c : sql) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (c == QLatin1Char('?') && !quoted)
            out += QLatin1Char('$') + QString::number(++n);
        else
            out += c;
    }
    return out;
}

Result<std::unique_ptr<PgConnection>> PgConnection::connect(const QString &dsn,
                                                            const QString &schema)
{
    PGconn *conn = PQconnectdb(dsn.toUtf8().constData());
    std::unique_ptr<PgConnection> session(new PgConnection(conn));
    if (!conn || PQstatus(conn) != CONNECTION_OK)
        return pgError(QStringLiteral("connection failed"),
                       conn ? PQerrorMessage(conn) : "out of memory");
    // Identifiers cannot be parameters; the schema name is checked by the caller and quoted here.
    const QString setup =
        QStringLiteral("SET search_path TO \"%1\"; SET client_min_messages TO warning;")
            .arg(schema);
    if (auto r = session->execScript(setup); !r)
        return r.error();
    return session;
}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

bool PgConnection::isHealthy() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

Result<PgConnection::Outcome> PgConnection::run(const QString &sql, const Params &params)
{
    std::vector<QByteArray> storage;
    storage.reserve(params.size());
    std::vector<const char *> values;
    values.reserve(params.size());
    for (const QVariant &value : params) {
        if (value.isNull()) {
            storage.emplace_back();
            values.push_back(nullptr);
        } else if (value.typeId() == QMetaType::QString) {
            storage.push_back(value.toString().toUtf8());
            values.push_back(storage.back().constData());
        } else if (value.typeId() == QMetaType::Bool) {
            storage.push_back(value.toBool() ? QByteArray("1") : QByteArray("0"));
            values.push_back(storage.back().constData());
        } else {
            storage.push_back(QByteArray::number(value.toLongLong()));
            values.push_back(storage.back().constData());
        }
    }
    const QByteArray text = numberPlaceholders(sql).toUtf8();
    PgResultPtr result(PQexecParams(m_conn, text.constData(), int(values.size()), nullptr,
                                    values.data(), nullptr, nullptr, 0));
    const auto status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        const char *message = result ? PQresultErrorMessage(result.get()) : PQerrorMessage(m_conn);
        return pgError(QStringLiteral("error in \"%1\"").arg(sql.left(120)), message);
    }
    Outcome outcome;
    outcome.commandTag = QString::fromLatin1(PQcmdStatus(result.get()));
    outcome.changed = QByteArray(PQcmdTuples(result.get())).toInt();
    const int rows = PQntuples(result.get());
    const int columns = PQnfields(result.get());
    outcome.rows.reserve(rows);
    for (int r = 0; r < rows; ++r) {
        Row row;
        row.values.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            if (PQgetisnull(result.get(), r, c))
                row.values.append(QByteArray());
            else // a zero-length value is '' (not null): QByteArray of a non-null pointer
                row.values.append(
                    QByteArray(PQgetvalue(result.get(), r, c), PQgetlength(result.get(), r, c)));
        }
        outcome.rows.append(std::move(row));
    }
    return outcome;
}

Result<QList<Row>> PgConnection::query(const QString &sql, const Params &params)
{
    auto outcome = run(sql, params);
    if (!outcome)
        return outcome.error();
    return std::move(outcome.value().rows);
}

Result<int> PgConnection::exec(const QString &sql, const Params &params)
{
    auto outcome = run(sql, params);
    if (!outcome)
        return outcome.error();
    return outcome.value().changed;
}

Result<void> PgConnection::execScript(const QString &sql)
{
    PgResultPtr result(PQexec(m_conn, sql.toUtf8().constData()));
    const auto status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        return pgError(QStringLiteral("script failed"),
                       result ? PQresultErrorMessage(result.get()) : PQerrorMessage(m_conn));
    return {};
}

Result<qint64> PgConnection::insertReturningSeq(const QString &sql, const Params &params)
{
    auto rows = query(sql + QStringLiteral(" RETURNING seq"), params);
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return Error {QStringLiteral("storage"),
                      QStringLiteral("PostgreSQL insert returned no seq")};
    return rows.value().first().int64(0);
}

Result<void> PgConnection::begin(bool)
{
    return execScript(QStringLiteral("BEGIN"));
}

Result<void> PgConnection::commit()
{
    auto outcome = run(QStringLiteral("COMMIT"), {});
    if (!outcome)
        return outcome.error();
    // COMMIT of a transaction that already failed answers ROLLBACK: nothing was stored.
    if (outcome.value().commandTag == QLatin1String("ROLLBACK"))
        return Error {QStringLiteral("storage"),
                      QStringLiteral("PostgreSQL rolled the transaction back")};
    return {};
}

void PgConnection::rollback()
{
    (void)execScript(QStringLiteral("ROLLBACK"));
}

Result<void> PgConnection::serialiseRecordWrites(const QString &orgId)
{
    // Held to commit: record inserts of one organisation commit in seq order, so a pull that
    // sees seq N also sees every lower seq of that organisation (no late-commit skips).
    auto outcome = run(QStringLiteral("SELECT pg_advisory_xact_lock(7301, hashtext(?))"), {orgId});
    if (!outcome)
        return outcome.error();
    return {};
}

} // namespace careround::server::sql
