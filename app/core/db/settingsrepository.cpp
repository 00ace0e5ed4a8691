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

QVariant SettingsRepository::value(const QString &key, const QVariant &defaultValue) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0);
    return defaultValue;
}

double SettingsRepository::doubleValue(const QString &key, double defaultValue) const
{
    bool ok = false;
    const double v = value(key).toString().toDouble(&ok);
    return ok ? v : defaultValue;
}

bool SettingsRepository::setValue(const QString &key, const QVariant &value, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?) "
              "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value.toString());
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool SettingsRepository::remove(const QString &key, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM settings WHERE key = ?"_s);
    q.addBindValue(key);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}
