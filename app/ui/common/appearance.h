#pragma once

#include <QString>

class QApplication;

// View > Appearance: follow the system, or force a light or dark Fusion palette. Qt 6.4 has no
// colour-scheme API (QStyleHints::colorScheme() is 6.5+), so dark mode is a palette here and
// pages infer it from the palette (see isDark()).
class Appearance
{
public:
    enum class Mode { System, Light, Dark };

    static Mode stored();
    static void store(Mode mode);
    // Applies MODE to APP (palette and, for Light/Dark, the Fusion style).
    static void apply(QApplication *app, Mode mode);
    // True when the application palette is dark (window text lighter than window).
    static bool isDark();
};
