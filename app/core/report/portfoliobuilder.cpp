#include "portfoliobuilder.h"

#include "calc/completionprojector.h"
#include "calc/money.h"
#include "calc/roadmapstats.h"
#include "calc/roicalculator.h"
#include "reporttext.h"
#include "rolerelevance.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

void PortfolioBuilder::fillHeader(ReportDocument &doc, const ReportData &data)
{
    const Profile &p = data.profile;
    doc.name = p.name.trimmed().isEmpty() ? tr("Unnamed") : p.name.trimmed();
    doc.headline = p.headline;
    doc.author = doc.name;
    for (const QString &part : {p.email, p.phone, p.location})
        if (!part.trimmed().isEmpty())
            doc.contact.append(part.trimmed());
    if (!p.website.trimmed().isEmpty())
        doc.contactLinks.append(ReportBlock::link(p.website.trimmed(), p.website.trimmed()));
    for (const ReportData::Link &l : data.links) {
        const QString shown = l.url.isEmpty() ? l.username : l.url;
        if (!shown.isEmpty())
            doc.contactLinks.append(ReportBlock::link(
                l.network.isEmpty() ? shown : tr("%1: %2").arg(l.network, shown), l.url));
    }
}

QList<const Skill *> PortfolioBuilder::chosenSkills(const ReportData &data,
                                                    const ReportOptions &options)
{
    QList<QPair<int, const Skill *>> scored;
    for (const Skill &s : data.roadmap.skills) {
        if (s.status == Skill::Status::Skipped || s.currentLevel < options.minSkillLevel)
            continue;
        if (options.evidencedSkillsOnly && s.evidenceCount() == 0)
            continue;
        scored.append({RoleRelevance::score(options.roleTags, s.name, {s.description}), &s});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first > b.first;
        return a.second->currentLevel > b.second->currentLevel;
    });
    QList<const Skill *> result;
    for (const auto &s : scored)
        result.append(s.second);
    return result;
}

QList<const ReportData::Project *> PortfolioBuilder::chosenProjects(const ReportData &data,
                                                                    const ReportOptions &options)
{
    QList<QPair<int, const ReportData::Project *>> scored;
    for (const ReportData::Project &p : data.projects) {
        if (options.excludedProjects.contains(p.id))
            continue;
        if (options.featuredProjectsOnly && p.status != "done"_L1)
            continue;
        if (p.status == "archived"_L1 && options.featuredProjectsOnly)
            continue;
        QStringList body {p.pitch, p.problem, p.approach, p.targetIndustry};
        body += p.stack;
        body += p.highlights;
        scored.append({RoleRelevance::score(options.roleTags, p.name, body), &p});
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<const ReportData::Project *> result;
    for (const auto &s : scored)
        result.append(s.second);
    return result;
}

QList<const Certification *> PortfolioBuilder::chosenCertifications(const ReportData &data,
                                                                    const ReportOptions &options)
{
    QList<const Certification *> result;
    for (const Certification &c : data.certifications) {
        if (options.excludedCertifications.contains(c.id))
            continue;
        const auto status = c.effectiveStatus(data.today);
        if (options.earnedCertificationsOnly && status != Certification::Status::Earned)
            continue;
        if (status == Certification::Status::Abandoned)
            continue;
        result.append(&c);
    }
    return result;
}

ReportDocument PortfolioBuilder::build(const ReportData &data, const ReportOptions &options)
{
    ReportDocument doc;
    fillHeader(doc, data);
    doc.title = tr("Portfolio summary: %1").arg(doc.name);
    doc.subject = options.roleTags.isEmpty()
        ? tr("Portfolio summary")
        : tr("Portfolio summary for a role in %1").arg(options.roleTags.join(u", "_s));
    doc.language = options.locale.bcp47Name();
    doc.cover = true;
    if (options.shows(u"summary"_s) && !data.profile.summary.trimmed().isEmpty()) {
        ReportSection s;
        s.key = u"summary"_s;
        s.heading = tr("Profile");
        s.intro.append(ReportBlock::paragraph(data.profile.summary.trimmed()));
        if (!data.profile.targetRole.trimmed().isEmpty())
            s.intro.append(ReportBlock::paragraph(
                tr("Target role: %1").arg(data.profile.targetRole.trimmed())));
        doc.sections.append(s);
    }
    if (options.shows(u"skills"_s))
        doc.sections.append(skillsSection(data, options));
    if (options.shows(u"roadmap"_s))
        doc.sections.append(roadmapSection(data, options));
    if (options.shows(u"projects"_s))
        doc.sections.append(projectsSection(data, options));
    if (options.shows(u"certifications"_s))
        doc.sections.append(certificationsSection(data, options));
    if (options.shows(u"interviews"_s))
        doc.sections.append(interviewsSection(data, options));
    return doc;
}

ReportSection PortfolioBuilder::skillsSection(const ReportData &data, const ReportOptions &options)
{
    const QLocale &locale = options.locale;
    ReportSection s;
    s.key = u"skills"_s;
    s.heading = tr("Skills matrix");
    s.startsPage = true;
    ReportBlock radar;
    radar.kind = ReportBlock::Kind::Chart;
    radar.chart = SkillsRadar;
    radar.text = tr("Level against target, per category (0 to 5)");
    s.intro.append(radar);

    ReportBlock levels;
    levels.kind = ReportBlock::Kind::Table;
    levels.header = {tr("Category"), tr("Skills"), tr("Mean level"), tr("Mean target")};
    for (const RoadmapStats::CategoryLevel &c : RoadmapStats::categoryLevels(data.roadmap))
        levels.rows.append({c.name, locale.toString(c.skills), locale.toString(c.current, 'f', 1),
                            locale.toString(c.target, 'f', 1)});
    if (!levels.rows.isEmpty())
        s.intro.append(levels);

    const QList<const Skill *> skills = chosenSkills(data, options);
    s.intro.append(ReportBlock::paragraph(
        options.evidencedSkillsOnly
            ? tr("Skills at level %1 or above with evidence: %2.")
                  .arg(locale.toString(options.minSkillLevel), locale.toString(skills.size()))
            : tr("Skills at level %1 or above: %2.")
                  .arg(locale.toString(options.minSkillLevel), locale.toString(skills.size()))));
    QHash<qint64, QString> categories;
    for (const RoadmapGroup &g : data.roadmap.categories)
        categories.insert(g.id, g.name);
    ReportBlock table;
    table.kind = ReportBlock::Kind::Table;
    table.header = {tr("Skill"), tr("Category"), tr("Level"), tr("Target"), tr("Evidence")};
    for (const Skill *k : skills)
        table.rows.append({k->name, categories.value(k->categoryId),
                           locale.toString(k->currentLevel), locale.toString(k->targetLevel),
                           locale.toString(k->evidenceCount())});
    if (!table.rows.isEmpty())
        s.intro.append(table);
    return s;
}

ReportSection PortfolioBuilder::roadmapSection(const ReportData &data, const ReportOptions &options)
{
    const QLocale &locale = options.locale;
    ReportSection s;
    s.key = u"roadmap"_s;
    s.heading = tr("Roadmap progress");
    const auto stages
        = CompletionProjector::project(data.roadmap.stages, data.roadmap.skills, 0, 1, data.today);
    ReportBlock table;
    table.kind = ReportBlock::Kind::Table;
    table.header = {tr("Stage"), tr("Levels reached"), tr("Progress")};
    for (qsizetype i = 0; i < stages.size() && i < data.roadmap.stages.size(); ++i)
        table.rows.append({data.roadmap.stages.at(i).name,
                           tr("%1 of %2")
                               .arg(locale.toString(stages[i].levelsReached),
                                    locale.toString(stages[i].levelsTargeted)),
                           ReportText::percent(stages[i].fraction() * 100, locale)});
    const auto overall = CompletionProjector::overall(stages);
    s.intro.append(
        ReportBlock::paragraph(tr("Overall: %1 of the targeted levels reached.")
                                   .arg(ReportText::percent(overall.fraction() * 100, locale))));
    if (!table.rows.isEmpty())
        s.intro.append(table);
    return s;
}

ReportSection PortfolioBuilder::projectsSection(const ReportData &data,
                                                const ReportOptions &options)
{
    const QLocale &locale = options.locale;
    ReportSection s;
    s.key = u"projects"_s;
    s.heading = tr("Projects");
    s.startsPage = true;
    const auto projects = chosenProjects(data, options);
    if (projects.isEmpty())
        s.intro.append(ReportBlock::paragraph(tr("No projects yet.")));
    for (const ReportData::Project *p : projects) {
        ReportEntry e;
        e.title = p->name;
        e.subtitle = p->pitch;
        e.dates = ReportText::range(p->startedOn, p->finishedOn, locale);
        e.url = p->repositoryUrl;
        ReportBlock fields;
        fields.kind = ReportBlock::Kind::Fields;
        if (!p->problem.isEmpty())
            fields.rows.append({tr("Problem"), p->problem});
        if (!p->approach.isEmpty())
            fields.rows.append({tr("Approach"), p->approach});
        if (!p->role.isEmpty())
            fields.rows.append({tr("Role"), p->role});
        fields.rows.append({tr("Status"), ReportText::projectStatus(p->status)});
        if (!p->stack.isEmpty())
            fields.rows.append({tr("Stack"), p->stack.join(u", "_s)});
        // The readiness checklist scores a project being built or shipped; an idea has
        // nothing to score yet, and "4 %" would only read as a failing grade.
        if (p->readiness && p->status != "idea"_L1)
            fields.rows.append({tr("Readiness"), ReportText::percent(*p->readiness, locale)});
        e.blocks.append(fields);
        QStringList impact;
        for (const ReportData::Metric &m : p->metrics)
            impact.append(ReportText::impactLine(m, locale));
        // The measured results, then the user's own lines about what the project achieved.
        for (const QString &h : p->highlights)
            if (!impact.contains(h))
                impact.append(h);
        if (!impact.isEmpty()) {
            e.blocks.append(ReportBlock::paragraph(tr("Impact")));
            e.blocks.append(ReportBlock::bullets(impact));
        }
        if (!p->repositoryUrl.isEmpty())
            e.blocks.append(
                ReportBlock::link(tr("Code: %1").arg(p->repositoryUrl), p->repositoryUrl));
        if (!p->demoUrl.isEmpty())
            e.blocks.append(ReportBlock::link(tr("Demo: %1").arg(p->demoUrl), p->demoUrl));
        for (const ReportData::Image &img : p->images) {
            ReportBlock b;
            b.kind = ReportBlock::Kind::Image;
            b.image = img.image;
            b.imageFile = img.file;
            b.text = img.caption;
            e.blocks.append(b);
        }
        s.entries.append(e);
    }
    return s;
}

ReportSection PortfolioBuilder::certificationsSection(const ReportData &data,
                                                      const ReportOptions &options)
{
    const QLocale &locale = options.locale;
    ReportSection s;
    s.key = u"certifications"_s;
    s.heading = tr("Certifications");
    s.startsPage = true;
    for (const Certification *c : chosenCertifications(data, options)) {
        ReportEntry e;
        e.title = c->name;
        e.subtitle = c->issuer;
        e.url = c->url;
        QStringList dates;
        if (c->earnedOn.isValid())
            dates.append(tr("earned %1").arg(ReportText::day(c->earnedOn, locale)));
        else if (c->examOn.isValid())
            dates.append(tr("exam %1").arg(ReportText::day(c->examOn, locale)));
        if (c->expiresOn.isValid())
            dates.append(tr("expires %1").arg(ReportText::day(c->expiresOn, locale)));
        e.dates = dates.join(u", "_s);
        e.blocks.append(ReportBlock::paragraph(
            ReportText::certificationStatus(c->effectiveStatus(data.today))));
        s.entries.append(e);
    }
    if (s.entries.isEmpty())
        s.intro.append(ReportBlock::paragraph(tr("No certifications to show.")));

    // The ROI table ranks every certification still in play, as the Certifications page does.
    QList<QPair<const Certification *, RoiCalculator::Result>> ranked;
    const QString profileCurrency = data.profile.currency;
    for (const Certification &c : data.certifications) {
        if (c.status == Certification::Status::Abandoned)
            continue;
        RoiCalculator::Inputs in;
        in.examCost = c.examCost;
        in.materialsCost = c.materialsCost;
        in.otherCost = c.otherCost;
        in.renewalCost = c.renewalCost;
        in.renewalPeriodMonths = c.renewalPeriodMonths;
        in.plannedHours = c.plannedHours;
        in.loggedHours = c.loggedHours;
        in.hourlyValue = data.roi.effectiveHourlyValue(data.profile.currentSalary);
        in.upliftAmount = c.upliftAmount;
        in.upliftPercent = c.upliftPercent;
        in.currentSalary = data.profile.currentSalary;
        in.taxRate = data.roi.taxRate;
        in.discountRate = data.roi.discountRate;
        in.horizonYears = data.roi.horizonYears;
        ranked.append({&c, RoiCalculator::calculate(in)});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return RoiCalculator::ranksBefore(a.second, b.second, RoiCalculator::RankBy::Npv);
    });
    ReportBlock roi;
    roi.kind = ReportBlock::Kind::Table;
    roi.header = {tr("Certification"), tr("Status"),  tr("Total cost"),
                  tr("ROI"),           tr("Payback"), tr("Net present value")};
    for (const auto &[c, r] : ranked) {
        const QString currency = c->currency.isEmpty() ? profileCurrency : c->currency;
        const QString roiText = !r.isValid() ? tr("n/a")
            : r.free                         ? tr("free")
            : r.roiPercent                   ? ReportText::percent(*r.roiPercent, locale)
                                             : tr("n/a");
        const QString payback = r.paybackMonths
            ? tr("%1 months").arg(locale.toString(*r.paybackMonths, 'f', 1))
            : tr("never");
        roi.rows.append({c->name, ReportText::certificationStatus(c->effectiveStatus(data.today)),
                         Money::format(r.totalCost, currency, locale, 0), roiText, payback,
                         Money::format(r.npv, currency, locale, 0)});
    }
    if (!roi.rows.isEmpty()) {
        s.intro.append(ReportBlock::paragraph(
            tr("Return on investment over %n year(s), after %1 tax, ranked by net present "
               "value:",
               nullptr, data.roi.horizonYears)
                .arg(ReportText::percent(data.roi.taxRate * 100, locale))));
        s.intro.append(roi);
    }
    return s;
}

ReportSection PortfolioBuilder::interviewsSection(const ReportData &data,
                                                  const ReportOptions &options)
{
    const QLocale &locale = options.locale;
    ReportSection s;
    s.key = u"interviews"_s;
    s.heading = tr("Interview readiness");
    s.startsPage = true;
    const auto &all = data.interviews;
    if (all.isEmpty()) {
        s.intro.append(ReportBlock::paragraph(tr("No interviews logged yet.")));
        return s;
    }
    ReportBlock trend;
    trend.kind = ReportBlock::Kind::Chart;
    trend.chart = InterviewTrend;
    trend.text = tr("Score per session (1 to 5; the interviewer's where given, else your own), "
                    "oldest first, with the average of the last %1 against the target of %2")
                     .arg(locale.toString(InterviewReadiness::RecentSessions),
                          locale.toString(data.interviewTarget, 'f', 1));
    s.intro.append(trend);
    const auto scoreOf = [](const ReportData::InterviewSession &v) {
        return v.interviewerScore ? *v.interviewerScore : v.selfScore;
    };
    const qsizetype window = std::min<qsizetype>(InterviewReadiness::RecentSessions, all.size());
    double first = 0, last = 0;
    int real = 0;
    for (qsizetype i = 0; i < window; ++i) {
        first += scoreOf(all.at(i));
        last += scoreOf(all.at(all.size() - 1 - i));
    }
    for (const auto &i : all)
        real += i.kind == "real"_L1 ? 1 : 0;
    ReportBlock fields;
    fields.kind = ReportBlock::Kind::Fields;
    fields.rows.append(
        {tr("Sessions"),
         tr("%1 (%2 real)").arg(locale.toString(all.size()), locale.toString(real))});
    fields.rows.append({tr("Mean score, first sessions"), locale.toString(first / window, 'f', 1)});
    fields.rows.append({tr("Mean score, latest sessions"), locale.toString(last / window, 'f', 1)});
    s.intro.append(fields);
    if (!data.interviewReadiness.isEmpty()) {
        ReportBlock ready;
        ready.kind = ReportBlock::Kind::Table;
        ready.header = {tr("Format"), tr("Recent average"), tr("Sessions"), tr("Of target")};
        for (const auto &f : data.interviewReadiness)
            ready.rows.append(
                {ReportText::interviewFormat(f.format), locale.toString(f.recentAverage, 'f', 1),
                 locale.toString(f.sessions),
                 f.ready ? tr("ready") : ReportText::percent(f.ofTarget * 100, locale)});
        s.intro.append(ReportBlock::paragraph(tr("Readiness per format")));
        s.intro.append(ready);
    }
    ReportBlock table;
    table.kind = ReportBlock::Kind::Table;
    table.header = {tr("Date"), tr("Kind"), tr("Format"), tr("Company"), tr("Score")};
    for (qsizetype i = std::max<qsizetype>(0, all.size() - 10); i < all.size(); ++i) {
        const auto &v = all.at(i);
        QString score = locale.toString(v.selfScore);
        if (v.interviewerScore)
            score = tr("%1 (interviewer %2)").arg(score, locale.toString(*v.interviewerScore));
        table.rows.append({ReportText::day(v.occurredOn, locale), ReportText::interviewKind(v.kind),
                           ReportText::interviewFormat(v.format), v.company, score});
    }
    s.intro.append(ReportBlock::paragraph(tr("Latest sessions")));
    s.intro.append(table);
    return s;
}
