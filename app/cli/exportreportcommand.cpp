#include "commandregistry.h"
#include "db/database.h"
#include "db/reportrepository.h"
#include "report/reportrenderer.h"

using namespace Qt::StringLiterals;

namespace {

// --export-pdf OUT.pdf, --export-html OUT.html, --export-markdown OUT.md with
// --report portfolio|resume [--page-size A4|Letter] [--role "tag, tag"]: write the portfolio
// summary or the resume of a workbench without a window. The file is written atomically
// (QSaveFile): a failed export leaves an existing file as it was. Exit 0 written, 1 the
// workbench could not be opened or read or the file not written, 2 a usage mistake.
class ExportReportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportReportCommand)

public:
    ExportReportCommand(ReportRenderer::Format format, QString name, QString suffix)
        : m_format(format)
        , m_name(std::move(name))
        , m_suffix(std::move(suffix))
    { }

    QCommandLineOption option() const override
    {
        QString help;
        switch (m_format) {
        case ReportRenderer::Format::Pdf:
            help = tr("Export the report chosen by --report as a PDF to FILE and exit.");
            break;
        case ReportRenderer::Format::Html:
            help = tr("Export the report chosen by --report as an HTML page to FILE and exit.");
            break;
        case ReportRenderer::Format::Markdown:
            help = tr("Export the report chosen by --report as Markdown to FILE and exit.");
            break;
        }
        return QCommandLineOption(m_name, help, tr("FILE"));
    }
    QStringList acceptedOptions() const override
    {
        return {u"report"_s, u"page-size"_s, u"role"_s};
    }
    QList<QCommandLineOption> extraOptions() const override
    {
        if (m_format != ReportRenderer::Format::Pdf)
            return {};
        return {QCommandLineOption(u"report"_s, tr("The report to export: portfolio or resume."),
                                   tr("KIND")),
                QCommandLineOption(u"page-size"_s,
                                   tr("Page size of a PDF export: A4 or Letter (default: from "
                                      "the locale)."),
                                   tr("SIZE")),
                QCommandLineOption(u"role"_s,
                                   tr("Target role as comma-separated tags; matching content "
                                      "comes first."),
                                   tr("TAGS"))};
    }
    bool usesDatabase() const override { return true; }
    Needs needs() const override
    {
        // The PDF's charts are the pages' Qt Charts: they need a QApplication (offscreen).
        return m_format == ReportRenderer::Format::Pdf ? Needs::Widgets : Needs::Gui;
    }
    QString example() const override
    {
        return u"career-workbench --database my.cwbench --%1 out%2 --report resume"_s.arg(m_name,
                                                                                          m_suffix);
    }
    QString usageError(const CliContext &context) const override
    {
        const QCommandLineParser &p = *context.parser;
        if (p.value(m_name).isEmpty())
            return tr("--%1 needs a file name.").arg(m_name);
        ReportOptions::Kind kind;
        if (!p.isSet(u"report"_s))
            return tr("--%1 needs --report portfolio or --report resume.").arg(m_name);
        if (!ReportOptions::kindFromKey(p.value(u"report"_s).toLower(), &kind))
            return tr("--report must be portfolio or resume, not \"%1\".")
                .arg(p.value(u"report"_s));
        const QString size = p.value(u"page-size"_s).toLower();
        if (p.isSet(u"page-size"_s) && size != "a4"_L1 && size != "letter"_L1)
            return tr("--page-size must be A4 or Letter, not \"%1\".").arg(p.value(u"page-size"_s));
        if (!context.databaseGiven)
            return tr("--%1 needs --database FILE.").arg(m_name);
        return {};
    }
    int run(const CliContext &context) override
    {
        const QCommandLineParser &p = *context.parser;
        const std::unique_ptr<Database> db = openWorkbench(context);
        if (!db)
            return 1;
        QString error;
        const auto data = ReportRepository(db->connection()).load(&error);
        if (!data) {
            CliOutput::err(error);
            return 1;
        }
        ReportOptions options;
        options.locale = QLocale();
        options.pageSize = ReportOptions::defaultPageSize(options.locale);
        ReportOptions::kindFromKey(p.value(u"report"_s).toLower(), &options.kind);
        if (p.isSet(u"page-size"_s))
            options.pageSize = p.value(u"page-size"_s).toLower() == "letter"_L1 ? QPageSize::Letter
                                                                                : QPageSize::A4;
        options.roleTags = ReportOptions::parseTags(p.value(u"role"_s));
        const QByteArray bytes
            = ReportRenderer::render(*data, options, m_format, ReportRenderer::chartPainter());
        const QString out = p.value(m_name);
        if (!ReportRenderer::save(out, bytes, &error)) {
            CliOutput::err(error);
            return 1;
        }
        return 0;
    }

private:
    ReportRenderer::Format m_format;
    QString m_name;
    QString m_suffix;
};

} // namespace

std::unique_ptr<CliCommand> makeExportPdfCommand()
{
    return std::make_unique<ExportReportCommand>(ReportRenderer::Format::Pdf, u"export-pdf"_s,
                                                 u".pdf"_s);
}

std::unique_ptr<CliCommand> makeExportHtmlCommand()
{
    return std::make_unique<ExportReportCommand>(ReportRenderer::Format::Html, u"export-html"_s,
                                                 u".html"_s);
}

std::unique_ptr<CliCommand> makeExportMarkdownCommand()
{
    return std::make_unique<ExportReportCommand>(ReportRenderer::Format::Markdown,
                                                 u"export-markdown"_s, u".md"_s);
}
