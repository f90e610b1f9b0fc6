// Body text that wraps and follows the system font size. Use `level` for headings.
import QtQuick
import QtQuick.Controls.Basic
import CareRound

Label {
    enum Level { Body, Small, Title, Heading }
    property int level: CrLabel.Body

    color: Theme.text
    wrapMode: Text.Wrap
    font.pixelSize: {
        switch (level) {
        case CrLabel.Small: return Theme.smallPixelSize
        case CrLabel.Title: return Theme.titlePixelSize
        case CrLabel.Heading: return Theme.headingPixelSize
        default: return Theme.bodyPixelSize
        }
    }
    font.weight: level === CrLabel.Title || level === CrLabel.Heading ? Font.DemiBold : Font.Normal
    Accessible.role: level === CrLabel.Title || level === CrLabel.Heading ? Accessible.Heading
                                                                          : Accessible.StaticText
    Accessible.name: text
}
