namespace Dossier;

/// <summary>How a recipient of personal data relates to the controller (GDPR Art. 4(8)-(10), 26, 28).</summary>
public enum RecipientRole
{
    /// <summary>Processes personal data on behalf of the controller under a contract (Art. 28).</summary>
    Processor,
    /// <summary>Engaged by a processor to carry out processing for the controller (Art. 28(2),(4)).</summary>
    SubProcessor,
    /// <summary>Determines the purposes and means of processing jointly with the controller (Art. 26).</summary>
    JointController,
    /// <summary>Any other recipient that receives personal data as a controller in its own right.</summary>
    ThirdParty,
}
