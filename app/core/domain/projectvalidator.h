#pragma once

#include "project.h"
#include "projectimage.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QUrl>

// Checks a project before it is written, the way the editor shows it: a map from field name to
// the problem with it, translated. Empty = valid. The page, importers and the demo share it.
// Field names: "name", "pitch", "startedOn", "finishedOn", "repositoryUrl", "demoUrl", and
// "metrics.N.name" / "metrics.N.achieved" / "metrics.N.baseline" for the N-th metric.
class ProjectValidator
{
public:
    static constexpr int MaxNameLength = 200;
    static constexpr int MaxPitchLength = 200;

    static QMap<QString, QString> problems(const Project &project);
    static QMap<QString, QString> metricProblems(const ProjectMetric &metric);

    // A link the app may open in a browser: http or https with a host. Anything else (file:,
    // javascript:, a bare word) is refused.
    static bool isOpenableUrl(const QString &text);
    static QUrl openableUrl(const QString &text); // invalid QUrl when not openable

    // Checks the bytes of an image file before it is stored; on success sets *MIMETYPE.
    // Returns the problem, empty when the image can be stored.
    static QString imageProblem(const QByteArray &data, QString *mimeType = nullptr);
};
