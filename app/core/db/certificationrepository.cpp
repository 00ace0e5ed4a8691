#include "certificationrepository.h"

#include "sqlhelpers.h"

#include "db/settingsrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;
using SqlHelpers::textValue;

namespace {
const QString IsoDate = u"yyyy-MM-dd"_s;

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(IsoDate)) : QVariant(QMetaType::fromType<QString>());
}

QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString().left(10), IsoDate);
}

QVariant optionalValue(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

std::optional<double> toOptional(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

bool fail(const QSqlQuery &q, QString *error)
{
    return SqlHelpers::failWith(q, error);
}

const QString SelectColumns
    = u"SELECT c.id, c.name, c.issuer, c.url, c.credential_id, c.status, c.currency, "
      "c.exam_cost, c.materials_cost, c.other_cost, c.renewal_cost, c.renewal_period_months, "
      "c.planned_hours, c.started_on, c.exam_on, c.earned_on, c.expires_on, c.uplift_amount, "
      "c.uplift_percent, c.notes, c.catalogue_key, c.position, COALESCE(s.minutes, 0) "
      "FROM certifications c "
      "LEFT JOIN (SELECT certification_id, SUM(minutes) AS minutes FROM study_sessions "
      "WHERE certification_id IS NOT NULL GROUP BY certification_id) s "
      "ON s.certification_id = c.id "_s;

Certification readRow(const QSqlQuery &q)
{
    Certification c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.issuer = q.value(2).toString();
    c.url = q.value(3).toString();
    c.credentialId = q.value(4).toString();
    c.status = Certification::statusFromKey(q.value(5).toString())
                   .value_or(Certification::Status::Considering);
    c.currency = q.value(6).toString();
    c.examCost = q.value(7).toDouble();
    c.materialsCost = q.value(8).toDouble();
    c.otherCost = q.value(9).toDouble();
    c.renewalCost = q.value(10).toDouble();
    c.renewalPeriodMonths = q.value(11).toInt();
    c.plannedHours = q.value(12).toDouble();
    c.startedOn = toDate(q.value(13));
    c.examOn = toDate(q.value(14));
    c.earnedOn = toDate(q.value(15));
    c.expiresOn = toDate(q.value(16));
    c.upliftAmount = toOptional(q.value(17));
    c.upliftPercent = toOptional(q.value(18));
    c.notes = q.value(19).toString();
    c.catalogueKey = q.value(20).toString();
    c.position = q.value(21).toInt();
    c.loggedHours = q.value(22).toDouble() / 60.0;
    return c;
}
} // namespace

CertificationRepository::CertificationRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<QList<Certification>> CertificationRepository::all(QString *error) const
{
    QList<Certification> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(SelectColumns + u"ORDER BY c.position, c.name COLLATE NOCASE, c.id"_s)) {
        fail(q, error);
        return std::nullopt;
    }
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), out.size());
        out.append(readRow(q));
    }
    QSqlQuery links(m_db);
    links.setForwardOnly(true);
    if (!links.exec(u"SELECT certification_id, skill_id FROM certification_skills "
                    "ORDER BY certification_id, skill_id"_s)) {
        fail(links, error);
        return std::nullopt;
    }
    while (links.next()) {
        const auto at = index.constFind(links.value(0).toLongLong());
        if (at != index.cend())
            out[*at].skillIds.append(links.value(1).toLongLong());
    }
    return out;
}

std::optional<Certification> CertificationRepository::find(qint64 id, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(SelectColumns + u"WHERE c.id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        fail(q, error);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    Certification c = readRow(q);
    QSqlQuery links(m_db);
    links.prepare(u"SELECT skill_id FROM certification_skills WHERE certification_id = ? "
                  "ORDER BY skill_id"_s);
    links.addBindValue(id);
    if (!links.exec()) {
        fail(links, error);
        return std::nullopt;
    }
    while (links.next())
        c.skillIds.append(links.value(0).toLongLong());
    return c;
}

namespace {
const QString InsertSql
    = u"INSERT INTO certifications (id, name, issuer, url, credential_id, status, currency, "
      "exam_cost, materials_cost, other_cost, renewal_cost, renewal_period_months, "
      "planned_hours, started_on, exam_on, earned_on, expires_on, uplift_amount, "
      "uplift_percent, notes, catalogue_key, position) VALUES (:id, :name, :issuer, :url, "
      ":credential, :status, :currency, :exam, :materials, :other, :renewal, :period, "
      ":hours, :started, :examOn, :earned, :expires, :upliftAmount, :upliftPercent, :notes, "
      ":catalogue, :position)"_s;

void bindRow(QSqlQuery &q, const Certification &c, bool withId)
{
    q.bindValue(u":name"_s, textValue(c.name));
    q.bindValue(u":issuer"_s, textValue(c.issuer));
    q.bindValue(u":url"_s, textValue(c.url));
    q.bindValue(u":credential"_s, textValue(c.credentialId));
    q.bindValue(u":status"_s, Certification::statusKey(c.status));
    q.bindValue(u":currency"_s,
                c.currency.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                     : QVariant(c.currency.toUpper()));
    q.bindValue(u":exam"_s, c.examCost);
    q.bindValue(u":materials"_s, c.materialsCost);
    q.bindValue(u":other"_s, c.otherCost);
    q.bindValue(u":renewal"_s, c.renewalCost);
    q.bindValue(u":period"_s, c.renewalPeriodMonths);
    q.bindValue(u":hours"_s, c.plannedHours);
    q.bindValue(u":started"_s, dateValue(c.startedOn));
    q.bindValue(u":examOn"_s, dateValue(c.examOn));
    q.bindValue(u":earned"_s, dateValue(c.earnedOn));
    q.bindValue(u":expires"_s, dateValue(c.expiresOn));
    q.bindValue(u":upliftAmount"_s, optionalValue(c.upliftAmount));
    q.bindValue(u":upliftPercent"_s,
                optionalValue(c.upliftAmount ? std::nullopt : c.upliftPercent));
    q.bindValue(u":notes"_s, textValue(c.notes));
    q.bindValue(u":catalogue"_s,
                c.catalogueKey.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                         : QVariant(c.catalogueKey));
    q.bindValue(u":position"_s, c.position);
    if (c.id != 0)
        q.bindValue(u":id"_s, c.id);
    else if (withId)
        q.bindValue(u":id"_s, QVariant(QMetaType::fromType<qlonglong>()));
}
} // namespace

bool CertificationRepository::bindAndExec(const QString &sql, const Certification &c,
                                          QString *error, qint64 *newId)
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    bindRow(q, c, sql.contains(u":id"_s));
    if (!q.exec())
        return fail(q, error);
    if (newId)
        *newId = c.id != 0 ? c.id : q.lastInsertId().toLongLong();
    return true;
}

WriteResult CertificationRepository::insert(const Certification &c)
{
    Certification row = c;
    QString error;
    if (row.position <= 0) {
        QSqlQuery q(m_db);
        if (!q.exec(u"SELECT COALESCE(MAX(position), 0) + 1 FROM certifications"_s) || !q.next())
            return WriteResult::failure(q.lastError().text());
        row.position = q.value(0).toInt();
    }
    qint64 id = 0;
    if (!bindAndExec(InsertSql, row, &error, &id))
        return WriteResult::failure(error);
    if (const WriteResult r = setSkills(id, row.skillIds); !r.ok())
        return r;
    return WriteResult::success(id);
}

WriteResult CertificationRepository::insertBatch(const QList<Certification> &rows,
                                                 QList<qint64> *ids)
{
    // One position query and one prepared statement per table for the whole batch.
    QSqlQuery next(m_db);
    if (!next.exec(u"SELECT COALESCE(MAX(position), 0) + 1 FROM certifications"_s) || !next.next())
        return WriteResult::failure(next.lastError().text());
    int position = next.value(0).toInt();
    QSqlQuery ins(m_db);
    QSqlQuery link(m_db);
    if (!ins.prepare(InsertSql))
        return WriteResult::failure(ins.lastError().text());
    if (!link.prepare(u"INSERT OR IGNORE INTO certification_skills (certification_id, skill_id) "
                      "VALUES (?, ?)"_s))
        return WriteResult::failure(link.lastError().text());
    for (Certification c : rows) {
        if (c.position <= 0)
            c.position = position++;
        bindRow(ins, c, true);
        if (!ins.exec())
            return WriteResult::failure(ins.lastError().text());
        const qint64 id = c.id != 0 ? c.id : ins.lastInsertId().toLongLong();
        for (qint64 skill : std::as_const(c.skillIds)) {
            link.addBindValue(id);
            link.addBindValue(skill);
            if (!link.exec())
                return WriteResult::failure(link.lastError().text());
        }
        if (ids)
            ids->append(id);
    }
    return WriteResult::success();
}

WriteResult CertificationRepository::update(const Certification &c)
{
    QString error;
    if (!bindAndExec(u"UPDATE certifications SET name = :name, issuer = :issuer, url = :url, "
                     "credential_id = :credential, status = :status, currency = :currency, "
                     "exam_cost = :exam, materials_cost = :materials, other_cost = :other, "
                     "renewal_cost = :renewal, renewal_period_months = :period, "
                     "planned_hours = :hours, started_on = :started, exam_on = :examOn, "
                     "earned_on = :earned, expires_on = :expires, uplift_amount = :upliftAmount, "
                     "uplift_percent = :upliftPercent, notes = :notes, catalogue_key = :catalogue, "
                     "position = :position, "
                     "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = :id"_s,
                     c, &error, nullptr))
        return WriteResult::failure(error);
    return setSkills(c.id, c.skillIds);
}

WriteResult CertificationRepository::remove(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM certifications WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec() ? WriteResult::success() : WriteResult::failure(q.lastError().text());
}

WriteResult CertificationRepository::setSkills(qint64 certificationId,
                                               const QList<qint64> &skillIds)
{
    QSqlQuery del(m_db);
    del.prepare(u"DELETE FROM certification_skills WHERE certification_id = ?"_s);
    del.addBindValue(certificationId);
    if (!del.exec())
        return WriteResult::failure(del.lastError().text());
    QSqlQuery ins(m_db);
    ins.prepare(u"INSERT OR IGNORE INTO certification_skills (certification_id, skill_id) "
                "VALUES (?, ?)"_s);
    for (qint64 skill : skillIds) {
        ins.addBindValue(certificationId);
        ins.addBindValue(skill);
        if (!ins.exec())
            return WriteResult::failure(ins.lastError().text());
    }
    return WriteResult::success();
}

WriteResult CertificationRepository::setOrder(const QList<qint64> &ids)
{
    QSqlQuery q(m_db);
    if (!q.prepare(u"UPDATE certifications SET position = ? WHERE id = ?"_s))
        return WriteResult::failure(q.lastError().text());
    for (int i = 0; i < ids.size(); ++i) {
        q.addBindValue(i);
        q.addBindValue(ids[i]);
        if (!q.exec())
            return WriteResult::failure(q.lastError().text());
    }
    return WriteResult::success();
}

std::optional<QList<CertificationRepository::SkillChoice>>
CertificationRepository::skillChoices(QString *error) const
{
    QList<SkillChoice> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT s.id, s.name, st.name FROM skills s "
                "JOIN roadmap_stages st ON st.id = s.stage_id "
                "ORDER BY st.position, s.position, s.name"_s)) {
        fail(q, error);
        return std::nullopt;
    }
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

std::optional<QList<qint64>> CertificationRepository::skillIdsNamed(const QStringList &names,
                                                                    QString *error) const
{
    QList<qint64> out;
    QSqlQuery q(m_db);
    if (!q.prepare(u"SELECT id FROM skills WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1"_s)) {
        fail(q, error);
        return std::nullopt;
    }
    for (const QString &name : names) {
        q.addBindValue(name);
        if (!q.exec()) {
            fail(q, error);
            return std::nullopt;
        }
        if (q.next() && !out.contains(q.value(0).toLongLong()))
            out.append(q.value(0).toLongLong());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::optional<QList<qint64>> CertificationRepository::certificationsCovering(qint64 skillId,
                                                                             QString *error) const
{
    QList<qint64> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT certification_id FROM certification_skills WHERE skill_id = ? "
              "ORDER BY certification_id"_s);
    q.addBindValue(skillId);
    if (!q.exec()) {
        fail(q, error);
        return std::nullopt;
    }
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

std::optional<QStringList> CertificationRepository::catalogueKeys(QString *error) const
{
    QStringList out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT DISTINCT catalogue_key FROM certifications "
                "WHERE catalogue_key IS NOT NULL ORDER BY catalogue_key"_s)) {
        fail(q, error);
        return std::nullopt;
    }
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

std::optional<CertificationRepository::ProfileMoney>
CertificationRepository::profileMoney(QString *error) const
{
    ProfileMoney m;
    m.currency = u"USD"_s;
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT current_salary, currency FROM profile WHERE id = 1"_s)) {
        fail(q, error);
        return std::nullopt;
    }
    if (q.next()) {
        m.currentSalary = q.value(0).toDouble();
        m.currency = q.value(1).toString().toUpper();
    }
    return m;
}

std::optional<RoiAssumptions> CertificationRepository::roiAssumptions(QString *error) const
{
    const std::optional<QHash<QString, QVariant>> values = SettingsRepository(m_db).all(error);
    if (!values)
        return std::nullopt;
    // A value that is not a number keeps the default.
    auto number = [&values](QLatin1StringView key, double defaultValue) {
        bool ok = false;
        const double v = values->value(key).toString().toDouble(&ok);
        return ok ? v : defaultValue;
    };
    // A rate written as a percentage (30) rather than a fraction (0.3) still reads right.
    auto rate = [](double v) {
        return v > 1.0 ? v / 100.0 : v;
    };
    RoiAssumptions a;
    a.horizonYears = int(number(RoiAssumptions::HorizonKey, RoiAssumptions::DefaultHorizonYears));
    a.taxRate = rate(number(RoiAssumptions::TaxRateKey, RoiAssumptions::DefaultTaxRate));
    a.discountRate
        = rate(number(RoiAssumptions::DiscountRateKey, RoiAssumptions::DefaultDiscountRate));
    const double hourly = number(RoiAssumptions::HourlyValueKey, -1);
    if (hourly >= 0)
        a.hourlyValue = hourly;
    return a;
}

std::optional<QList<CertificationCalendar::Event>>
CertificationRepository::upcomingEvents(const QDate &today, QString *error, int days) const
{
    const std::optional<QList<Certification>> certifications = all(error);
    if (!certifications)
        return std::nullopt;
    return CertificationCalendar::upcoming(*certifications, today, days);
}
