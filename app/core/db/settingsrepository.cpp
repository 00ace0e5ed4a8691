#include "settingsrepository.h"

#include "sqlhelpers.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

SettingsRepository::SettingsRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<QHash<QString, QVariant>> SettingsRepository::all(QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT key, value FROM settings"_s)) {
        SqlHelpers::failWith(q, error);
        return std::nullopt;
    }
    QHash<QString, QVariant> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1));
    return out;
}

std::optional<QVariant> SettingsRepository::value(const QString &key, QString *error,
                                                  const QVariant &defaultValue) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec()) {
        SqlHelpers::failWith(q, error);
        return std::nullopt;
    }
    return q.next() ? q.value(0) : defaultValue;
}

std::optional<double> SettingsRepository::doubleValue(const QString &key, double defaultValue,
                                                      QString *error) const
{
    const std::optional<QVariant> stored = value(key, error);
    if (!stored)
        return std::nullopt;
    bool ok = false;
    const double v = stored->toString().toDouble(&ok);
    return ok ? v : defaultValue;
}

bool SettingsRepository::setValue(const QString &key, const QVariant &value, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?) "
              "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value.toString());
    return q.exec() || SqlHelpers::failWith(q, error);
}

bool SettingsRepository::remove(const QString &key, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM settings WHERE key = ?"_s);
    q.addBindValue(key);
    return q.exec() || SqlHelpers::failWith(q, error);
}
