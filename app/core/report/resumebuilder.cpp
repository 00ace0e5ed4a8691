#include "resumebuilder.h"

#include "portfoliobuilder.h"
#include "reporttext.h"
#include "rolerelevance.h"

using namespace Qt::StringLiterals;

namespace {

// Relevance to the role dominates; the bonus (0..1) orders what the role does not decide.
double relevance(int roleScore, double bonus)
{
    return roleScore * 10.0 + bonus;
}

// What a resume gives up first when it runs long. Projects, skills and certifications go
// first, least relevant to the role first; then languages; then education; work history goes
// last (oldest and least relevant first): a hiring manager reads the jobs, and a job is never
// dropped to keep a project.
constexpr double LanguagesTier = 1000;
constexpr double EducationTier = 2000;
constexpr double ExperienceTier = 3000;

} // namespace

ReportDocument ResumeBuilder::build(const ReportData &data, const ReportOptions &options)
{
    const QLocale &locale = options.locale;
    const QStringList &tags = options.roleTags;
    ReportDocument doc;
    PortfolioBuilder::fillHeader(doc, data);
    doc.title = tr("Resume: %1").arg(doc.name);
    doc.subject
        = tags.isEmpty() ? tr("Resume") : tr("Resume for a role in %1").arg(tags.join(u", "_s));
    doc.language = locale.bcp47Name();
    doc.compact = true;

    if (options.shows(u"summary"_s) && !data.profile.summary.trimmed().isEmpty()) {
        ReportSection s;
        s.key = u"summary"_s;
        s.heading = tr("Summary");
        s.intro.append(ReportBlock::paragraph(data.profile.summary.trimmed()));
        doc.sections.append(s);
    }
    if (options.shows(u"skills"_s)) {
        ReportSection s;
        s.key = u"skills"_s;
        s.heading = tr("Skills");
        s.inlineEntries = true;
        for (const Skill *k : PortfolioBuilder::chosenSkills(data, options)) {
            ReportEntry e;
            e.title = k->name;
            // A skill is a word or two that applicant-tracking systems search for: it stays
            // longer than any project the role does not name (their bonus is at most 0.9).
            e.relevance = relevance(RoleRelevance::score(tags, k->name, {k->description}),
                                    0.35 + k->currentLevel / 5.0);
            s.entries.append(e);
        }
        if (!s.entries.isEmpty())
            doc.sections.append(s);
    }
    if (options.shows(u"projects"_s)) {
        ReportSection s;
        s.key = u"projects"_s;
        s.heading = tr("Projects");
        for (const ReportData::Project *p : PortfolioBuilder::chosenProjects(data, options)) {
            ReportEntry e;
            e.title = p->name;
            e.subtitle = p->pitch;
            e.dates = ReportText::range(p->startedOn, p->finishedOn, locale);
            e.url = p->repositoryUrl;
            QStringList lines;
            for (const ReportData::Metric &m : p->metrics)
                lines.append(ReportText::impactLine(m, locale));
            for (const QString &h : p->highlights)
                if (!lines.contains(h))
                    lines.append(h);
            if (!p->stack.isEmpty())
                lines.append(tr("Stack: %1").arg(p->stack.join(u", "_s)));
            if (!lines.isEmpty())
                e.blocks.append(ReportBlock::bullets(lines));
            QStringList body {p->pitch, p->problem, p->approach, p->targetIndustry};
            body += p->stack;
            body += p->highlights;
            e.relevance
                = relevance(RoleRelevance::score(tags, p->name, body),
                            (p->status == "done"_L1 ? 0.6 : 0.3)
                                + (p->metrics.isEmpty() && p->highlights.isEmpty() ? 0 : 0.3));
            s.entries.append(e);
        }
        if (!s.entries.isEmpty())
            doc.sections.append(s);
    }
    if (options.shows(u"experience"_s) && !data.work.isEmpty()) {
        ReportSection s;
        s.key = u"experience"_s;
        s.heading = tr("Experience");
        const qsizetype n = data.work.size();
        for (qsizetype i = 0; i < n; ++i) {
            const ReportData::Job &j = data.work.at(i);
            ReportEntry e;
            e.title = j.position.isEmpty() ? j.employer : tr("%1, %2").arg(j.position, j.employer);
            e.subtitle = j.location;
            e.dates = ReportText::range(j.startedOn, j.endedOn, locale);
            e.url = j.url;
            if (!j.summary.isEmpty())
                e.blocks.append(ReportBlock::paragraph(j.summary));
            if (!j.highlights.isEmpty())
                e.blocks.append(ReportBlock::bullets(j.highlights));
            QStringList body {j.summary, j.employer};
            body += j.highlights;
            // The current or most recent job first to stay.
            const double recency = j.endedOn.isValid() ? 0.8 - 0.5 * double(i) / n : 0.95;
            e.relevance
                = ExperienceTier + relevance(RoleRelevance::score(tags, j.position, body), recency);
            s.entries.append(e);
        }
        doc.sections.append(s);
    }
    if (options.shows(u"education"_s) && !data.education.isEmpty()) {
        ReportSection s;
        s.key = u"education"_s;
        s.heading = tr("Education");
        for (const ReportData::Study &st : data.education) {
            ReportEntry e;
            const QString degree = QStringList {st.studyType, st.area}.join(u' ').simplified();
            e.title = degree.isEmpty() ? st.institution : tr("%1, %2").arg(degree, st.institution);
            e.dates = ReportText::range(st.startedOn, st.endedOn, locale);
            e.url = st.url;
            if (!st.score.isEmpty())
                e.blocks.append(ReportBlock::paragraph(tr("Score: %1").arg(st.score)));
            if (!st.courses.isEmpty())
                e.blocks.append(
                    ReportBlock::paragraph(tr("Courses: %1").arg(st.courses.join(u", "_s))));
            e.relevance = EducationTier
                + relevance(RoleRelevance::score(tags, degree, {st.courses.join(u' ')}), 0.7);
            s.entries.append(e);
        }
        doc.sections.append(s);
    }
    if (options.shows(u"certifications"_s)) {
        ReportSection s;
        s.key = u"certifications"_s;
        s.heading = tr("Certifications");
        for (const Certification *c : PortfolioBuilder::chosenCertifications(data, options)) {
            ReportEntry e;
            e.title = c->name;
            e.subtitle = c->issuer;
            e.url = c->url;
            e.dates = c->earnedOn.isValid() ? ReportText::monthYear(c->earnedOn, locale)
                                            : ReportText::certificationStatus(c->status);
            // An earned certification is one short line a recruiter looks for: it stays longer
            // than a project still in progress.
            e.relevance = relevance(RoleRelevance::score(tags, c->name, {c->issuer}), 0.65);
            s.entries.append(e);
        }
        if (!s.entries.isEmpty())
            doc.sections.append(s);
    }
    if (options.shows(u"languages"_s) && !data.languages.isEmpty()) {
        ReportSection s;
        s.key = u"languages"_s;
        s.heading = tr("Languages");
        s.inlineEntries = true;
        for (const QString &l : data.languages) {
            ReportEntry e;
            e.title = l;
            e.relevance = LanguagesTier;
            s.entries.append(e);
        }
        doc.sections.append(s);
    }
    return doc;
}

QString ResumeBuilder::omittedNote(const QMap<QString, QStringList> &dropped, bool hasRole)
{
    QStringList parts;
    for (auto it = dropped.cbegin(); it != dropped.cend(); ++it) {
        const int n = int(it.value().size());
        if (n <= 0)
            continue;
        const QString &key = it.key();
        QString count;
        if (key == "skills"_L1)
            count = tr("%n skill(s)", nullptr, n);
        else if (key == "projects"_L1)
            count = tr("%n project(s)", nullptr, n);
        else if (key == "experience"_L1)
            count = tr("%n position(s)", nullptr, n);
        else if (key == "education"_L1)
            count = tr("%n education entry(s)", nullptr, n);
        else if (key == "certifications"_L1)
            count = tr("%n certification(s)", nullptr, n);
        else if (key == "languages"_L1)
            count = tr("%n language(s)", nullptr, n);
        else
            continue;
        // The first few by name (each cut to a readable length), the rest counted.
        QStringList names;
        for (const QString &title : it.value().mid(0, NamesInNote)) {
            QString t = title.simplified();
            if (t.size() > MaxNameLengthInNote) {
                t.truncate(MaxNameLengthInNote - 1);
                if (const qsizetype space = t.lastIndexOf(u' '); space > MaxNameLengthInNote / 2)
                    t.truncate(space);
                t = t.trimmed() + u'\u2026';
            }
            names << t;
        }
        QString named = names.join(u", "_s);
        if (n > NamesInNote)
            named = tr("%1 and %n other(s)", nullptr, n - NamesInNote).arg(named);
        parts.append(tr("%1 (%2)").arg(count, named));
    }
    if (parts.isEmpty())
        return {};
    return hasRole
        ? tr("Left out to fit two pages, least relevant to the target role first: %1.")
              .arg(parts.join(u"; "_s))
        : tr("Left out to fit two pages, least relevant first: %1.").arg(parts.join(u"; "_s));
}
