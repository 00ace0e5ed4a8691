// DemoWriter, part three: the persona's projects and certifications.
#include "db/certificationrepository.h"
#include "db/projectrepository.h"
#include "demovalues.h"
#include "demowriter.h"

#include "domain/readinessitem.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QRandomGenerator>

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
    ProjectRepository repo(m_db);
    for (qsizetype i = 0; i < projects.size(); ++i) {
        const QJsonObject p = projects.at(i).toObject();
        const QString where = entry("projects"_L1, i, text(p, "name"_L1));
        Project project;
        if (!readStatus(p, u"idea"_s, &Project::statusFromKey, where,
                        QObject::tr("\"%1\" is not a project status"), &project.status))
            return false;
        readTexts(p, project,
                  {{&Project::name, "name"_L1},
                   {&Project::pitch, "pitch"_L1},
                   {&Project::problem, "problem"_L1},
                   {&Project::approach, "approach"_L1},
                   {&Project::architectureNotes, "architecture_notes"_L1},
                   {&Project::dataset, "dataset"_L1},
                   {&Project::role, "role"_L1},
                   {&Project::repositoryUrl, "repository_url"_L1},
                   {&Project::demoUrl, "demo_url"_L1},
                   {&Project::targetIndustry, "target_industry"_L1},
                   {&Project::targetCompany, "target_company"_L1}});
        project.startedOn = daysAgo(p, "started_days_ago"_L1);
        project.finishedOn = daysAgo(p, "finished_days_ago"_L1);
        QStringList highlights;
        for (const QJsonValue &v : p.value("highlights"_L1).toArray())
            highlights << v.toString().trimmed();
        project.highlights = highlights.join(u'\n');
        project.featured = p.value("featured"_L1).toBool(false);

        const QJsonArray metrics = p.value("metrics"_L1).toArray();
        for (qsizetype m = 0; m < metrics.size(); ++m) {
            const QJsonObject o = metrics.at(m).toObject();
            const QString at = where + u'.' + entry("metrics"_L1, m, text(o, "name"_L1));
            if (!o.value("achieved"_L1).isDouble())
                return fail(at + u".achieved"_s, QObject::tr("must be a number"));
            ProjectMetric metric;
            metric.name = text(o, "name"_L1);
            if (o.value("baseline"_L1).isDouble())
                metric.baseline = o.value("baseline"_L1).toDouble();
            metric.achieved = o.value("achieved"_L1).toDouble();
            metric.unit = text(o, "unit"_L1);
            metric.higherIsBetter = o.value("higher_is_better"_L1).toBool(true);
            project.metrics << metric;
        }
        if (!skillIds(p.value("skills"_L1).toArray(), where + u".skills"_s, &project.skillIds))
            return false;
        // Positions follow the insert order, from 0: the persona's order.
        QString error;
        const qint64 projectId = repo.insert(project, &error);
        if (projectId <= 0)
            return fail(where, error);

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
            if (!repo.setTicked(projectId, key, done.contains(key), &error))
                return fail(where + u".practices (%1)"_s.arg(key), error);
        }

        // Projects with a written architecture get a diagram, so the page and the reports
        // have an image to show.
        if (!project.architectureNotes.isEmpty()) {
            ProjectImage image;
            image.projectId = projectId;
            image.caption = QObject::tr("Architecture sketch");
            image.mimeType = u"image/png"_s;
            image.data = diagramPng(i);
            if (repo.addImage(image, &error) <= 0)
                return fail(where + u".image"_s, error);
        }
    }
    return true;
}

bool DemoWriter::writeCertifications(const QJsonArray &certifications)
{
    CertificationRepository repo(m_db);
    QList<qint64> order;
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

        Certification row;
        if (!readStatus(c, u"considering"_s, &Certification::statusFromKey, where,
                        QObject::tr("\"%1\" is not a certification status"), &row.status))
            return false;
        readTexts(c, row,
                  {{&Certification::name, "name"_L1},
                   {&Certification::issuer, "issuer"_L1},
                   {&Certification::url, "url"_L1},
                   {&Certification::credentialId, "credential_id"_L1},
                   {&Certification::notes, "notes"_L1}});
        row.currency = c.value("currency"_L1).toString();
        row.catalogueKey = c.value("catalogue_key"_L1).toString();
        row.examCost = c.value("exam_cost"_L1).toDouble(0);
        row.materialsCost = c.value("materials_cost"_L1).toDouble(0);
        row.otherCost = c.value("other_cost"_L1).toDouble(0);
        row.renewalCost = c.value("renewal_cost"_L1).toDouble(0);
        row.renewalPeriodMonths = c.value("renewal_period_months"_L1).toInt(0);
        row.plannedHours = c.value("planned_hours"_L1).toDouble(0);
        row.startedOn = started;
        row.examOn = exam;
        row.earnedOn = earned;
        row.expiresOn = expires;
        if (c.value("uplift_amount"_L1).isDouble())
            row.upliftAmount = c.value("uplift_amount"_L1).toDouble();
        if (c.value("uplift_percent"_L1).isDouble())
            row.upliftPercent = c.value("uplift_percent"_L1).toDouble();
        if (!skillIds(c.value("skills"_L1).toArray(), where + u".skills"_s, &row.skillIds))
            return false;
        const WriteResult inserted = repo.insert(row);
        if (!inserted.ok())
            return fail(where, inserted.error());
        order << inserted.id();

        CertificationStudy study;
        study.certificationId = inserted.id();
        study.where = where;
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
    // In the persona's order, from 0 (as before the repository numbered them).
    if (const WriteResult r = repo.setOrder(order); !r.ok())
        return fail(u"certifications"_s, r.error());
    return true;
}
