#include "reportrenderer.h"

#include "cw_version.h"
#include "htmlwriter.h"
#include "markdownwriter.h"
#include "pdfoutput.h"
#include "portfoliobuilder.h"
#include "reportlayout.h"
#include "resumebuilder.h"

#include <QDir>
#include <QMap>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

QPageLayout ReportRenderer::pageLayout(const ReportOptions &options)
{
    const double margin = options.kind == ReportOptions::Kind::Resume ? 14 : 18; // mm
    return QPageLayout(QPageSize(options.pageSize), QPageLayout::Portrait,
                       QMarginsF(margin, margin - 6, margin, margin - 6), QPageLayout::Millimeter);
}

ReportDocument ReportRenderer::document(const ReportData &data, const ReportOptions &options)
{
    ReportDocument doc = options.kind == ReportOptions::Kind::Resume
        ? ResumeBuilder::build(data, options)
        : PortfolioBuilder::build(data, options);
    doc.creator = tr("Career Workbench %1").arg(QStringLiteral(CW_VERSION_STRING));
    if (options.kind == ReportOptions::Kind::Resume)
        doc = fitResume(doc, options);
    return doc;
}

ReportDocument ReportRenderer::fitResume(ReportDocument doc, const ReportOptions &options)
{
    const QPageLayout page = pageLayout(options);
    if (ReportLayout::countPages(doc, page) <= ResumeBuilder::MaxPages)
        return doc;
    // Every entry is a candidate, least relevant first; on a tie the later one in its section
    // (the older job, the lower skill) goes first.
    struct Candidate
    {
        int section;
        int entry;
        double relevance;
    };
    QList<Candidate> candidates;
    for (int s = 0; s < doc.sections.size(); ++s)
        for (int e = 0; e < doc.sections[s].entries.size(); ++e)
            candidates.append({s, e, doc.sections[s].entries[e].relevance});
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) {
                         if (a.relevance != b.relevance)
                             return a.relevance < b.relevance;
                         if (a.section != b.section)
                             return a.section < b.section;
                         return a.entry > b.entry;
                     });
    auto dropFirst = [&](int count) {
        ReportDocument fitted = doc;
        QList<QList<bool>> gone;
        for (const ReportSection &s : doc.sections)
            gone.append(QList<bool>(s.entries.size(), false));
        QMap<QString, QStringList> dropped;
        for (int i = 0; i < count; ++i) {
            const Candidate &c = candidates[i];
            gone[c.section][c.entry] = true;
            dropped[doc.sections[c.section].key] << doc.sections[c.section].entries[c.entry].title;
        }
        for (int s = int(fitted.sections.size()) - 1; s >= 0; --s) {
            auto &entries = fitted.sections[s].entries;
            for (int e = int(entries.size()) - 1; e >= 0; --e)
                if (gone[s][e])
                    entries.removeAt(e);
            if (entries.isEmpty() && fitted.sections[s].intro.isEmpty())
                fitted.sections.removeAt(s);
        }
        fitted.omitted = ResumeBuilder::omittedNote(dropped, !options.roleTags.isEmpty());
        return fitted;
    };
    // The smallest number of dropped entries that fits: pages only shrink as entries go.
    int low = 1;
    int high = int(candidates.size());
    while (low < high) {
        const int mid = low + (high - low) / 2;
        if (ReportLayout::countPages(dropFirst(mid), page) <= ResumeBuilder::MaxPages)
            high = mid;
        else
            low = mid + 1;
    }
    return dropFirst(high);
}

QByteArray ReportRenderer::render(const ReportData &data, const ReportOptions &options,
                                  Format format, const ReportChartPainter *painter)
{
    const ReportDocument doc = document(data, options);
    switch (format) {
    case Format::Html:
        return HtmlWriter::write(doc);
    case Format::Markdown:
        return MarkdownWriter::write(doc);
    case Format::Pdf:
        break;
    }
    const ReportLayout layout(doc, pageLayout(options), &data, painter);
    return PdfOutput::write(layout, doc);
}

bool ReportRenderer::save(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error
                = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error
                = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

std::optional<ReportRenderer::Format> ReportRenderer::formatFromKey(const QString &key)
{
    const QString k = key.toLower();
    if (k == "pdf"_L1)
        return Format::Pdf;
    if (k == "html"_L1 || k == "htm"_L1)
        return Format::Html;
    if (k == "markdown"_L1 || k == "md"_L1)
        return Format::Markdown;
    return std::nullopt;
}

namespace {
const ReportChartPainter *g_chartPainter = nullptr;
}

void ReportRenderer::setChartPainter(const ReportChartPainter *painter)
{
    g_chartPainter = painter;
}

const ReportChartPainter *ReportRenderer::chartPainter()
{
    return g_chartPainter;
}
