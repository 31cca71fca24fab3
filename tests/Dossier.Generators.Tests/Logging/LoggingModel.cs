namespace Dossier.Generators.Tests.Logging;

/// <summary>The types the corpus lines work with: people, their records, and data that identifies no one.</summary>
public static class LoggingModel
{
    public const string Types = """
        public class Customer
        {
            public System.Guid Id { get; set; }
            [PersonalData(DataCategory.Identifier)] public string CustomerNumber { get; set; } = "";
            [PersonalData(DataCategory.Name)] public string FullName { get; set; } = "";
            [PersonalData(DataCategory.Email)] public string Email { get; set; } = "";
            [PersonalData(DataCategory.Phone)] public string? Phone { get; set; }
            [PersonalData(DataCategory.DateOfBirth)] public System.DateTime DateOfBirth { get; set; }
            [PersonalData(DataCategory.Health)] public bool HasDisability { get; set; }
            [PersonalData(DataCategory.Financial)] public decimal Salary { get; set; }
            [PersonalData(DataCategory.Email)] public List<string> Emails { get; set; } = new();
            [PersonalData(DataCategory.PostalAddress)] public Address? Home { get; set; }
            [PersonalData(DataCategory.GovernmentId)] public string taxNumber = "";
            [PrivateData] public string? Nickname { get; set; }
            public string Country { get; set; } = "";
            public int LoginCount { get; set; }
            public Address Billing { get; set; } = new();
        }

        public class Address
        {
            [PersonalData(DataCategory.PostalAddress)] public string Street { get; set; } = "";
            public string City { get; set; } = "";
        }

        public record Patient(System.Guid Id, [PersonalData(DataCategory.Name)] string Name, [PersonalData(DataCategory.Health)] string Diagnosis);

        public record Shipment(System.Guid Id, Patient Recipient);

        public record DischargedPatient(System.Guid Id, [PersonalData(DataCategory.Name)] string Name)
        {
            protected virtual bool PrintMembers(System.Text.StringBuilder builder)
            {
                builder.Append("Id = ").Append(Id);
                return true;
            }
        }

        public record Order(System.Guid Id, decimal Total, int Lines);

        public class Employee
        {
            [PersonalData(DataCategory.Name)] public string Name { get; set; } = "";
            public override string ToString() => $"Employee {Name}";
        }

        public class Account
        {
            [PersonalData(DataCategory.Email)] public string Email { get; set; } = "";
            public System.Guid Id { get; set; }
            public override string ToString() => $"Account {Id}";
        }

        public class CustomerException : System.Exception
        {
            public CustomerException(string message) : base(message) { }
        }

        public class PrivateDataAttribute : Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute { }
        """;

    /// <summary>A compilation unit with every library stand-in, the model, and <paramref name="body"/> inside a service method.</summary>
    public static string InMethod(string body) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        using System.Linq;
        using Dossier;
        using Dossier.Redaction;
        using Microsoft.Extensions.Compliance.Redaction;
        using Microsoft.Extensions.Logging;

        public class Service
        {
            private readonly ILogger<Service> logger;
            private readonly Serilog.ILogger serilog;
            private readonly NLog.Logger nlog = NLog.LogManager.GetCurrentClassLogger();
            private readonly log4net.ILog log4 = log4net.LogManager.GetLogger(typeof(Service));
            private readonly Redactor redactor;

            public Service(ILogger<Service> logger, Serilog.ILogger serilog, Redactor redactor)
            {
                this.logger = logger;
                this.serilog = serilog;
                this.redactor = redactor;
            }

            public void Handle(Customer customer, List<Customer> customers, Patient patient, List<Patient> patients,
                Dictionary<Guid, Patient> patientsById, Shipment shipment, DischargedPatient discharged, Order order,
                Employee employee, Account account, Exception exception)
            {
                {{body}}
            }

            private Guid FindId(string email) => Guid.Empty;

            private System.Threading.Tasks.Task<bool> SendAsync(string to) => System.Threading.Tasks.Task.FromResult(true);
        }

        {{Types}}

        {{LoggingStandIns.All}}
        """;
}
