#include "projectvalidator.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProjectValidator", text);
}

QString urlProblem(const QString &text)
{
    if (text.trimmed().isEmpty() || ProjectValidator::isOpenableUrl(text))
        return {};
    return tr("Enter a web address that starts with http:// or https://.");
}

} // namespace

QMap<QString, QString> ProjectValidator::problems(const Project &project)
{
    QMap<QString, QString> out;
    const QString name = project.name.trimmed();
    if (name.isEmpty())
        out.insert(u"name"_s, tr("A project needs a title."));
    else if (name.size() > MaxNameLength)
        out.insert(
            u"name"_s,
            tr("Keep the title under %1 characters.").arg(QLocale().toString(MaxNameLength)));
    if (project.pitch.contains(u'\n'))
        out.insert(u"pitch"_s, tr("The pitch is one line."));
    else if (project.pitch.size() > MaxPitchLength)
        out.insert(
            u"pitch"_s,
            tr("Keep the pitch under %1 characters.").arg(QLocale().toString(MaxPitchLength)));
    if (project.startedOn.isValid() && project.finishedOn.isValid()
        && project.finishedOn < project.startedOn)
        out.insert(u"finishedOn"_s, tr("The project cannot finish before it started."));
    if (const QString p = urlProblem(project.repositoryUrl); !p.isEmpty())
        out.insert(u"repositoryUrl"_s, p);
    if (const QString p = urlProblem(project.demoUrl); !p.isEmpty())
        out.insert(u"demoUrl"_s, p);
    for (qsizetype i = 0; i < project.metrics.size(); ++i) {
        const auto metric = metricProblems(project.metrics.at(i));
        for (auto it = metric.cbegin(); it != metric.cend(); ++it)
            out.insert(u"metrics.%1.%2"_s.arg(i).arg(it.key()), it.value());
    }
    return out;
}

QMap<QString, QString> ProjectValidator::metricProblems(const ProjectMetric &metric)
{
    QMap<QString, QString> out;
    if (metric.name.trimmed().isEmpty())
        out.insert(u"name"_s, tr("Name what was measured."));
    if (!std::isfinite(metric.achieved))
        out.insert(u"achieved"_s, tr("The achieved value must be a number."));
    if (metric.baseline && !std::isfinite(*metric.baseline))
        out.insert(u"baseline"_s, tr("The baseline must be a number, or left empty."));
    return out;
}

bool ProjectValidator::isOpenableUrl(const QString &text)
{
    return openableUrl(text).isValid();
}

QUrl ProjectValidator::openableUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != "http"_L1 && scheme != "https"_L1) || url.host().isEmpty())
        return {};
    return url;
}

QString ProjectValidator::imageProblem(const QByteArray &data, QString *mimeType)
{
    if (data.isEmpty())
        return tr("The image file is empty.");
    if (data.size() > ProjectImage::MaxBytes)
        return tr("The image is larger than %1 MB; save a smaller one.")
            .arg(QLocale().toString(ProjectImage::MaxBytes / (1024 * 1024)));
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format().toLower();
    static const QMap<QByteArray, QString> Types = {
        {"png", u"image/png"_s}, {"jpeg", u"image/jpeg"_s}, {"jpg", u"image/jpeg"_s},
        {"gif", u"image/gif"_s}, {"webp", u"image/webp"_s}, {"bmp", u"image/bmp"_s},
    };
    if (!Types.contains(format) || !reader.canRead())
        return tr("This is not a PNG, JPEG, GIF, WebP or BMP image.");
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > 40'000'000)
        return tr("The image has too many pixels; save a smaller one.");
    if (mimeType)
        *mimeType = Types.value(format);
    return {};
}
