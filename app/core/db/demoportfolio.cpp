// DemoWriter, part three: the persona's projects and certifications.
#include "demovalues.h"
#include "demowriter.h"
#include "projectrepository.h"

#include "domain/readinessitem.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace DemoValues;

namespace {

// A small architecture sketch for a demo project: boxes joined by arrows, in colours chosen
// by INDEX, drawn without text (no fonts are needed, so a headless demo can draw it). PNG bytes.
QByteArray diagramPng(qsizetype index)
{
    static const QColor Colours[] = {QColor(0x2e, 0x6f, 0xb7), QColor(0x3a, 0x9a, 0x6b),
                                     QColor(0xc0, 0x7a, 0x1f), QColor(0x8a, 0x4f, 0xb0)};
    QImage image(480, 240, QImage::Format_RGB32);
    image.fill(QColor(0xf7, 0xf7, 0xf4));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const int boxes = 3 + int(index % 2);
    const int w = 480 / (boxes * 2);
    for (int b = 0; b < boxes; ++b) {
        const QColor c = Colours[(index + b) % 4];
        const QRect r(w / 2 + b * 2 * w, 80 + (b % 2) * 30, w, 60);
        p.setPen(QPen(c.darker(130), 2));
        p.setBrush(c.lighter(150));
        p.drawRoundedRect(r, 8, 8);
        for (int line = 0; line < 3; ++line)
            p.fillRect(r.left() + 8, r.top() + 12 + line * 14, r.width() - 16 - line * 10, 5,
                       c.darker(120));
        if (b + 1 < boxes) {
            const QPoint from(r.right() + 4, r.center().y());
            const QPoint to(r.right() + w - 4, 80 + ((b + 1) % 2) * 30 + 30);
            p.setPen(QPen(QColor(0x55, 0x55, 0x55), 2));
            p.drawLine(from, to);
            p.setBrush(QColor(0x55, 0x55, 0x55));
            p.drawPolygon(QPolygon({to, to + QPoint(-9, -5), to + QPoint(-9, 5)}));
        }
    }
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

bool DemoWriter::writeProjects(const QJsonArray &projects)
{
    QSqlQuery project(m_db), metric(m_db), practice(m_db), skill(m_db);
    if (!prepare(project,
                 u"INSERT INTO projects (name, pitch, problem, approach, architecture_notes, "
                 "dataset, role, status, started_on, finished_on, repository_url, demo_url, "
                 "target_industry, target_company, highlights, featured, position) VALUES "
                 "(:name, :pitch, :problem, :approach, :architecture_notes, :dataset, :role, "
                 ":status, :started, :finished, :repository_url, :demo_url, :target_industry, "
                 ":target_company, :highlights, :featured, :position)"_s)
        || !prepare(metric,
                    u"INSERT INTO project_metrics (project_id, name, baseline, achieved, unit, "
                    "higher_is_better, position) VALUES (:project, :name, :baseline, :achieved, "
                    ":unit, :higher, :position)"_s)
        || !prepare(practice,
                    u"INSERT INTO project_practices (project_id, practice, done) "
                    "VALUES (:project, :practice, :done)"_s)
        || !prepare(skill,
                    u"INSERT INTO project_skills (project_id, skill_id) "
                    "VALUES (:project, :skill)"_s))
        return false;

    for (qsizetype i = 0; i < projects.size(); ++i) {
        const QJsonObject p = projects.at(i).toObject();
        const QString where = entry("projects"_L1, i, text(p, "name"_L1));
        for (const char *field :
             {"name", "pitch", "problem", "approach", "architecture_notes", "dataset", "role",
              "repository_url", "demo_url", "target_industry", "target_company"})
            project.bindValue(u':' + QLatin1StringView(field), text(p, QLatin1StringView(field)));
        project.bindValue(u":status"_s, p.value("status"_L1).toString(u"idea"_s));
        project.bindValue(u":started"_s, dateValue(daysAgo(p, "started_days_ago"_L1)));
        project.bindValue(u":finished"_s, dateValue(daysAgo(p, "finished_days_ago"_L1)));
        QStringList highlights;
        for (const QJsonValue &v : p.value("highlights"_L1).toArray())
            highlights << v.toString().trimmed();
        project.bindValue(u":highlights"_s, highlights.isEmpty() ? u""_s : highlights.join(u'\n'));
        project.bindValue(u":featured"_s, p.value("featured"_L1).toBool(false) ? 1 : 0);
        project.bindValue(u":position"_s, int(i));
        if (!project.exec())
            return failQuery(where, project);
        const qint64 projectId = project.lastInsertId().toLongLong();

        const QJsonArray metrics = p.value("metrics"_L1).toArray();
        for (qsizetype m = 0; m < metrics.size(); ++m) {
            const QJsonObject o = metrics.at(m).toObject();
            const QString at = where + u'.' + entry("metrics"_L1, m, text(o, "name"_L1));
            if (!o.value("achieved"_L1).isDouble())
                return fail(at + u".achieved"_s, QObject::tr("must be a number"));
            metric.bindValue(u":project"_s, projectId);
            metric.bindValue(u":name"_s, text(o, "name"_L1));
            metric.bindValue(u":baseline"_s, nullableNumber(o.value("baseline"_L1)));
            metric.bindValue(u":achieved"_s, o.value("achieved"_L1).toDouble());
            metric.bindValue(u":unit"_s, text(o, "unit"_L1));
            metric.bindValue(u":higher"_s, o.value("higher_is_better"_L1).toBool(true) ? 1 : 0);
            metric.bindValue(u":position"_s, int(m));
            if (!metric.exec())
                return failQuery(at, metric);
        }

        // The checklist items the persona lists are ticked; the others are still to do.
        QStringList done;
        for (const QJsonValue &v : p.value("practices"_L1).toArray()) {
            if (!ReadinessItem::ids().contains(v.toString()))
                return fail(
                    where + u".practices"_s,
                    QObject::tr("names %1, which is not a checklist item").arg(v.toString()));
            if (!done.contains(v.toString()))
                done << v.toString();
        }
        for (const QString &key : ReadinessItem::ids()) {
            const int isDone = done.contains(key) ? 1 : 0;
            practice.bindValue(u":project"_s, projectId);
            practice.bindValue(u":practice"_s, key);
            practice.bindValue(u":done"_s, isDone);
            if (!practice.exec())
                return failQuery(where + u".practices (%1)"_s.arg(key), practice);
        }

        // Projects with a written architecture get a diagram, so the page and the reports
        // have an image to show.
        if (!text(p, "architecture_notes"_L1).isEmpty()) {
            ProjectImage image;
            image.projectId = projectId;
            image.caption = QObject::tr("Architecture sketch");
            image.mimeType = u"image/png"_s;
            image.data = diagramPng(i);
            QString error;
            if (ProjectRepository(m_db).addImage(image, &error) <= 0)
                return fail(where + u".image"_s, error);
        }

        QList<qint64> ids;
        if (!skillIds(p.value("skills"_L1).toArray(), where + u".skills"_s, &ids))
            return false;
        for (const qint64 id : std::as_const(ids)) {
            skill.bindValue(u":project"_s, projectId);
            skill.bindValue(u":skill"_s, id);
            if (!skill.exec())
                return failQuery(where + u".skills"_s, skill);
        }
    }
    return true;
}

bool DemoWriter::writeCertifications(const QJsonArray &certifications)
{
    QSqlQuery cert(m_db), skill(m_db);
    if (!prepare(cert,
                 u"INSERT INTO certifications (name, issuer, url, credential_id, status, currency, "
                 "exam_cost, materials_cost, other_cost, renewal_cost, renewal_period_months, "
                 "planned_hours, started_on, exam_on, earned_on, expires_on, uplift_amount, "
                 "uplift_percent, notes, catalogue_key, position) VALUES (:name, :issuer, :url, "
                 ":credential_id, :status, :currency, :exam_cost, :materials_cost, :other_cost, "
                 ":renewal_cost, :renewal_period_months, :planned_hours, :started, :exam, "
                 ":earned, :expires, :uplift_amount, :uplift_percent, :notes, :catalogue_key, "
                 ":position)"_s)
        || !prepare(skill,
                    u"INSERT INTO certification_skills (certification_id, skill_id) "
                    "VALUES (:certification, :skill)"_s))
        return false;

    QRandomGenerator rng(CertificationStudySeed);
    for (qsizetype i = 0; i < certifications.size(); ++i) {
        const QJsonObject c = certifications.at(i).toObject();
        const QString where = entry("certifications"_L1, i, text(c, "name"_L1));
        const QDate started = daysAgo(c, "started_days_ago"_L1);
        const QDate exam = inDays(c, "exam_in_days"_L1);
        const QDate earned = daysAgo(c, "earned_days_ago"_L1);
        const QDate expires = inDays(c, "expires_in_days"_L1);
        // Name the fields here: the table's CHECKs would only say that one failed.
        const std::pair<QDate, const char *> dates[] = {{started, "started_days_ago"},
                                                        {exam, "exam_in_days"},
                                                        {earned, "earned_days_ago"},
                                                        {expires, "expires_in_days"}};
        for (int a = 0; a < 4; ++a) {
            for (int b = a + 1; b < 4; ++b) {
                if (dates[a].first.isValid() && dates[b].first.isValid()
                    && dates[a].first > dates[b].first)
                    return fail(where,
                                QObject::tr("%1 gives a date after %2")
                                    .arg(QLatin1StringView(dates[a].second),
                                         QLatin1StringView(dates[b].second)));
            }
        }
        if (c.value("uplift_amount"_L1).isDouble() && c.value("uplift_percent"_L1).isDouble())
            return fail(where, QObject::tr("has both uplift_amount and uplift_percent"));

        for (const char *field : {"name", "issuer", "url", "credential_id", "notes"})
            cert.bindValue(u':' + QLatin1StringView(field), text(c, QLatin1StringView(field)));
        for (const char *field :
             {"exam_cost", "materials_cost", "other_cost", "renewal_cost", "planned_hours"})
            cert.bindValue(u':' + QLatin1StringView(field),
                           c.value(QLatin1StringView(field)).toDouble(0));
        cert.bindValue(u":renewal_period_months"_s, c.value("renewal_period_months"_L1).toInt(0));
        cert.bindValue(u":status"_s, c.value("status"_L1).toString(u"considering"_s));
        cert.bindValue(u":currency"_s, nullableText(c.value("currency"_L1)));
        cert.bindValue(u":catalogue_key"_s, nullableText(c.value("catalogue_key"_L1)));
        cert.bindValue(u":started"_s, dateValue(started));
        cert.bindValue(u":exam"_s, dateValue(exam));
        cert.bindValue(u":earned"_s, dateValue(earned));
        cert.bindValue(u":expires"_s, dateValue(expires));
        cert.bindValue(u":uplift_amount"_s, nullableNumber(c.value("uplift_amount"_L1)));
        cert.bindValue(u":uplift_percent"_s, nullableNumber(c.value("uplift_percent"_L1)));
        cert.bindValue(u":position"_s, int(i));
        if (!cert.exec())
            return failQuery(where, cert);

        CertificationStudy study;
        study.certificationId = cert.lastInsertId().toLongLong();
        study.where = where;
        QList<qint64> ids;
        if (!skillIds(c.value("skills"_L1).toArray(), where + u".skills"_s, &ids))
            return false;
        for (const qint64 id : std::as_const(ids)) {
            skill.bindValue(u":certification"_s, study.certificationId);
            skill.bindValue(u":skill"_s, id);
            if (!skill.exec())
                return failQuery(where + u".skills"_s, skill);
        }
        for (const QJsonValue &v : c.value("skills"_L1).toArray())
            study.skillKeys << v.toString();

        const double hours = c.value("logged_hours"_L1).toDouble(0);
        if (hours < 0 || hours > 5000)
            return fail(where + u".logged_hours"_s, QObject::tr("must be from 0 to 5000"));
        if (hours == 0)
            continue;
        if (!started.isValid())
            return fail(where + u".started_days_ago"_s,
                        QObject::tr("is needed to place the logged hours"));
        // Study runs up to the exam (or the certificate, or today); an abandoned attempt
        // stopped a few weeks in.
        QDate end = exam.isValid() ? exam : earned.isValid() ? earned : m_today;
        study.endsWithExam = end < m_today;
        if (c.value("status"_L1).toString() == "abandoned"_L1) {
            end = started.addDays(qMax(14, qRound(hours * 3)));
            study.endsWithExam = false;
        }
        study.from = started;
        study.to = qMin(end, m_today);
        study.minutes = qRound(hours * 60);
        if (!writeCertificationStudy(study, rng))
            return false;
    }
    return true;
}
